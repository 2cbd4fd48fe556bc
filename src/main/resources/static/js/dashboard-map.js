// The dashboard's map of open cases, coloured by lateness; a static file because the Content-Security-Policy allows
// no inline script. The cases come from the page (data-cases), the tile URL from the configuration (data-tile-url).
document.addEventListener('DOMContentLoaded', () => {
  const box = document.getElementById('peta');
  const status = document.getElementById('peta-status');
  if (!box) return;
  const cases = JSON.parse(box.dataset.cases || '[]');
  const counted = cases.length === 0 ? 'Tidak ada aduan terbuka dengan titik lokasi.'
    : cases.length + ' aduan terbuka di peta, ' + cases.filter(c => c.late).length + ' terlambat.';
  let note = '';
  const say = text => { if (status) status.textContent = text; };
  if (typeof L === 'undefined') { say('Peta tidak dapat dimuat; daftar aduan terlambat ada di bawah.'); return; }
  const map = L.map(box, { scrollWheelZoom: false }).setView([-8.65, 117.3], 8);
  let failed = 0;
  let loaded = 0;
  L.tileLayer(box.dataset.tileUrl, { maxZoom: 18, attribution: '© kontributor OpenStreetMap' })
    .on('tileerror', () => { failed++; if (loaded === 0 && failed >= 4 && !note) { note = ' Peta dasar tidak dapat dimuat; titik aduan tetap ditampilkan.'; say(counted + note); } })
    .on('tileload', () => { loaded++; })
    .addTo(map);
  const points = [];
  for (const c of cases) {
    const popup = document.createElement('div');
    const link = document.createElement('a');
    link.href = '/api/cases/' + encodeURIComponent(c.t);
    link.textContent = c.t;
    popup.append(link, document.createElement('br'), c.k + ' · ' + c.o, document.createElement('br'), c.late ? 'Terlambat' : 'Dalam batas waktu');
    const colour = c.late ? '#b42318' : '#0b6e4f';
    L.circleMarker([c.lat, c.lon], { radius: 7, color: colour, fillColor: colour, fillOpacity: 0.8 })
      .bindPopup(popup).addTo(map);
    points.push([c.lat, c.lon]);
  }
  if (points.length > 0) map.fitBounds(points, { maxZoom: 13, padding: [20, 20] });
  say(counted + note);
});
