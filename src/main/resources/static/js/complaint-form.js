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
  const photos = document.getElementById('foto');
  const chosen = document.getElementById('foto-nama');
  if (photos && chosen) {
    photos.addEventListener('change', () => {
      // the server cannot read a form with an oversized photo; refuse it here, where nothing typed is lost
      const tooBig = [...photos.files].filter(f => f.size > 5 * 1024 * 1024);
      if (tooBig.length > 0 || photos.files.length > 3) {
        chosen.textContent = tooBig.length > 0 ? 'Foto ' + tooBig[0].name + ' lebih dari 5 MB. Pilih foto yang lebih kecil.'
          : 'Paling banyak 3 foto.';
        photos.value = '';
        return;
      }
      const n = photos.files.length;
      chosen.textContent = n === 0 ? 'Belum ada foto dipilih' : n === 1 ? photos.files[0].name : n + ' foto dipilih';
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
