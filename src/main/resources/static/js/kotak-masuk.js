// Social inbox (/kotak-masuk): "select all" ticks every open row's checkbox. Served from /js (CSP script-src 'self').
document.addEventListener('DOMContentLoaded', () => {
  const all = document.getElementById('select-all');
  if (!all) return;
  all.addEventListener('change', () => {
    document.querySelectorAll('input.pick:not(:disabled)').forEach((box) => { box.checked = all.checked; });
  });
});
