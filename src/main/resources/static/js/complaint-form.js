// Behaviour of the public complaint page; a static file because the Content-Security-Policy allows no inline script.
document.addEventListener('DOMContentLoaded', () => {
  const locate = document.getElementById('lokasi-saya');
  if (locate) {
    const status = document.getElementById('lokasi-status');
    const say = text => { if (status) status.textContent = text; };
    // written with a decimal comma, as the form shows coordinates to people here
    const typed = n => n.toFixed(6).replace('.', ',');
    locate.addEventListener('click', () => {
      if (!navigator.geolocation) { say('Peramban ini tidak dapat menentukan lokasi. Isi alamat saja.'); return; }
      say('Mencari lokasi…');
      navigator.geolocation.getCurrentPosition(p => {
        document.getElementById('lat').value = typed(p.coords.latitude);
        document.getElementById('lon').value = typed(p.coords.longitude);
        say('Lokasi terisi.');
      }, () => say('Lokasi tidak dapat ditentukan. Isi alamat saja.'), { enableHighAccuracy: true, timeout: 15000 });
    });
  }
  const track = document.getElementById('lacak-form');
  if (track) {
    track.addEventListener('submit', event => {
      event.preventDefault();
      location.href = '/lacak/' + encodeURIComponent(document.getElementById('tiket').value.trim().toUpperCase());
    });
  }
});
