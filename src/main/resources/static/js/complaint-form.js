// Behaviour of the public complaint page; a static file because the Content-Security-Policy allows no inline script.
document.addEventListener('DOMContentLoaded', () => {
  const status = document.getElementById('lokasi-status');
  const say = text => { if (status) status.textContent = text; };
  // written with a decimal comma, as the form shows coordinates to people here
  const typed = n => n.toFixed(6).replace('.', ',');
  const parsed = id => { const v = parseFloat((document.getElementById(id)?.value || '').replace(',', '.')); return Number.isFinite(v) ? v : null; };
  let pin = null; // moves the map's marker (set when the map is shown)
  const setPoint = (lat, lon, text) => {
    document.getElementById('lat').value = typed(lat);
    document.getElementById('lon').value = typed(lon);
    if (pin) pin(lat, lon);
    say(text);
  };

  // the map: tap to choose the place; without Leaflet or tiles it stays hidden and the address field is the way
  const box = document.getElementById('peta-aduan');
  if (box && typeof L !== 'undefined' && box.dataset.tileUrl) {
    box.hidden = false;
    const hint = document.getElementById('peta-petunjuk');
    if (hint) hint.hidden = false;
    const start = parsed('lat') !== null && parsed('lon') !== null ? [parsed('lat'), parsed('lon')] : null;
    const map = L.map(box, { scrollWheelZoom: false }).setView(start || [-8.65, 117.3], start ? 16 : 8);
    let marker = null;
    pin = (lat, lon) => {
      if (marker) marker.setLatLng([lat, lon]);
      else marker = L.circleMarker([lat, lon], { radius: 9, color: '#b42318', fillColor: '#b42318', fillOpacity: 0.8 }).addTo(map);
      map.setView([lat, lon], Math.max(map.getZoom(), 15));
    };
    if (start) pin(start[0], start[1]);
    let loaded = 0;
    let failed = 0;
    const fallBack = () => {
      if (box.hidden) return;
      box.hidden = true;
      if (hint) hint.hidden = true;
      pin = null;
      say('Peta tidak dapat dimuat. Tulis alamat selengkapnya, atau pakai tombol "Pakai lokasi saya".');
    };
    L.tileLayer(box.dataset.tileUrl, { maxZoom: 19, attribution: '© kontributor OpenStreetMap' })
      .on('tileload', () => { loaded++; })
      .on('tileerror', () => { failed++; if (loaded === 0 && failed >= 2) fallBack(); })
      .addTo(map);
    // a tile server that never answers is a failure too
    setTimeout(() => { if (loaded === 0) fallBack(); }, 10000);
    map.on('click', e => setPoint(e.latlng.lat, e.latlng.lng, 'Titik lokasi dipilih di peta.'));
  }

  const locate = document.getElementById('lokasi-saya');
  if (locate) {
    locate.addEventListener('click', () => {
      if (!navigator.geolocation) { say('Peramban ini tidak dapat menentukan lokasi. Isi alamat saja.'); return; }
      say('Mencari lokasi…');
      navigator.geolocation.getCurrentPosition(p => setPoint(p.coords.latitude, p.coords.longitude, 'Lokasi terisi.'),
        () => say('Lokasi tidak dapat ditentukan. Isi alamat saja.'), { enableHighAccuracy: true, timeout: 15000 });
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
