// Behaviour of the public complaint page; a static file because the Content-Security-Policy allows no inline script.
document.addEventListener('DOMContentLoaded', () => {
  const locate = document.getElementById('lokasi-saya');
  if (locate) {
    locate.addEventListener('click', () => {
      if (!navigator.geolocation) return;
      navigator.geolocation.getCurrentPosition(p => {
        document.getElementById('lat').value = p.coords.latitude;
        document.getElementById('lon').value = p.coords.longitude;
      });
    });
  }
  const track = document.getElementById('lacak-form');
  if (track) {
    track.addEventListener('submit', event => {
      event.preventDefault();
      location.href = '/lacak/' + encodeURIComponent(document.getElementById('tiket').value.trim());
    });
  }
});
