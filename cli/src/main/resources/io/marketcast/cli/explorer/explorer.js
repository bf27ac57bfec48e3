// The Marketcast explorer page: edits the scenario (the same keys as a scenario file), posts it to the local
// server after each change, and shows what the server answers. No libraries, nothing fetched from elsewhere.
'use strict';

let state = null;      // the scenario, as the keys of a scenario file
let options = null;    // what the controls offer: series ids, method names, shock kinds
let sent = 0;          // number of the last request sent
let shown = 0;         // number of the last answer shown
let timer = null;      // a change waiting to be sent (null when none)

const $ = id => document.getElementById(id);

/** A number when the text is one, else the text as typed, so that the server's validator names the problem. */
function value(text) {
  const t = text.trim();
  return t !== '' && !isNaN(Number(t)) ? Number(t) : t;
}

function nextQuarter(q, n) {
  const m = /^(\d{4})Q([1-4])$/.exec(q);
  if (!m) { return q; }
  const i = Number(m[1]) * 4 + Number(m[2]) - 1 + n;
  return Math.floor(i / 4) + 'Q' + (i % 4 + 1);
}

function input(val, size, onchange, name) {
  const e = document.createElement('input');
  e.value = val === undefined || val === null ? '' : String(val);
  e.size = size;
  if (name) { e.name = name; }
  e.addEventListener('change', () => { onchange(e.value); changed(); });
  return e;
}

function select(choices, val, onchange, name) {
  const e = document.createElement('select');
  if (name) { e.name = name; }
  const all = choices.includes(val) ? choices : [val].concat(choices);
  for (const c of all) {
    const o = document.createElement('option');
    o.value = c; o.textContent = c; o.selected = c === val;
    e.appendChild(o);
  }
  e.addEventListener('change', () => { onchange(e.value); changed(); });
  return e;
}

function cell(row, child) {
  const td = document.createElement('td');
  if (typeof child === 'string') { td.textContent = child; } else { td.appendChild(child); }
  row.appendChild(td);
  return td;
}

function removeButton(list, i, name) {
  const b = document.createElement('button');
  b.type = 'button'; b.textContent = '×'; b.title = 'Remove'; b.name = name;
  b.addEventListener('click', () => { list.splice(i, 1); render(); changed(); });
  return b;
}

function render() {
  $('name').textContent = state.name;
  $('paths').value = state.paths;
  $('seed').value = state.seed;
  const series = $('series').tBodies[0];
  series.replaceChildren();
  state.series.forEach((s, i) => {
    const r = series.insertRow();
    cell(r, s.label || s.id);
    const m = input(s.method, 16, v => { s.method = v.trim(); }, 'method-' + s.id);
    m.setAttribute('list', 'method-names');
    cell(r, m);
    cell(r, input(s.window, 4, v => { s.window = value(v); }, 'window-' + s.id));
  });
  const shocks = $('shocks').tBodies[0];
  shocks.replaceChildren();
  state.shocks.forEach((k, i) => {
    const r = shocks.insertRow();
    const t = input(k.target, 12, v => { k.target = v.trim(); }, 'shock-target-' + i);
    t.setAttribute('list', 'series-ids');
    cell(r, t);
    cell(r, input(k.from, 6, v => { k.from = v.trim(); }, 'shock-from-' + i));
    cell(r, input(k.to, 6, v => { k.to = v.trim(); }, 'shock-to-' + i));
    cell(r, select(options.kinds, k.kind, v => {
      k.kind = v;
      if (v === 'level_multiplier') { k.temporary = false; } else { delete k.temporary; delete k.decay; }
    }, 'shock-kind-' + i));
    cell(r, input(k.value, 6, v => { k.value = value(v); }, 'shock-value-' + i));
    cell(r, removeButton(state.shocks, i, 'shock-remove-' + i));
  });
  const guidance = $('guidance').tBodies[0];
  guidance.replaceChildren();
  state.guidance = state.guidance || [];
  state.guidance.forEach((g, i) => {
    const r = guidance.insertRow();
    const s = input(g.series, 12, v => { g.series = v.trim(); }, 'guidance-series-' + i);
    s.setAttribute('list', 'series-ids');
    cell(r, s);
    cell(r, input(g.profitable_by, 6, v => { g.profitable_by = v.trim(); }, 'guidance-by-' + i));
    cell(r, input(g.weight, 4, v => { g.weight = value(v); }, 'guidance-weight-' + i));
    cell(r, removeButton(state.guidance, i, 'guidance-remove-' + i));
  });
}

/** The scenario as posted: one key per line, so that the validator's line numbers point somewhere useful. */
function body() {
  const s = Object.assign({}, state);
  if (s.guidance && s.guidance.length === 0) { delete s.guidance; }
  return JSON.stringify(s, null, 1);
}

function changed() {
  clearTimeout(timer);
  timer = setTimeout(run, 120);
}

function showError(message) {
  $('error').textContent = message;
  $('error').hidden = false;
  $('results').classList.add('stale');
  $('status').textContent = 'Not run: the scenario has a problem (the results below are from the last valid one).';
}

async function run() {
  timer = null;
  const n = ++sent;
  let r;
  try {
    r = await fetch('api/run', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: body()});
  } catch (e) {
    showError('The explorer server does not answer: ' + e.message);
    return;
  }
  const j = await r.json().catch(() => ({ok: false, message: 'HTTP ' + r.status}));
  if (n < shown) { return; }
  shown = n;
  if (!j.ok) {
    showError(j.message);
    return;
  }
  $('error').hidden = true;
  $('results').classList.remove('stale');
  $('results').innerHTML = j.html;
  $('results').dataset.run = j.id;
  $('quantiles').href = j.quantiles;
  $('status').textContent = 'Run ' + j.id + ': ' + j.paths.toLocaleString('en') + ' paths in ' + j.millis + ' ms ('
      + j.fitsFitted + ' fits computed, ' + j.fitsReused + ' reused).';
}

async function save() {
  const r = await fetch('api/save', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: body()});
  if (!r.ok) {
    const j = await r.json().catch(() => ({message: 'HTTP ' + r.status}));
    showError(j.message);
    return;
  }
  const blob = await r.blob();
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = state.name.replace(/[^A-Za-z0-9._-]/g, '_') + '.yaml';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

async function init() {
  const r = await fetch('api/state');
  const j = await r.json();
  state = j.scenario;
  options = j.options;
  for (const [list, values] of [['series-ids', options.series], ['method-names', options.methods]]) {
    for (const v of values) {
      const o = document.createElement('option');
      o.value = v;
      $(list).appendChild(o);
    }
  }
  $('paths').addEventListener('change', () => { state.paths = value($('paths').value); changed(); });
  $('seed').addEventListener('change', () => { state.seed = value($('seed').value); changed(); });
  $('add-shock').addEventListener('click', () => {
    const from = nextQuarter(state.as_of, 1);
    state.shocks.push({target: state.series[0].id, from: from, to: nextQuarter(from, 3), kind: 'growth_multiplier',
      value: 0.5});
    render();
    changed();
  });
  $('add-guidance').addEventListener('click', () => {
    const unit = (state.analyses.profitability || [])[0] || state.series[0].id;
    state.guidance = state.guidance || [];
    state.guidance.push({series: unit, profitable_by: nextQuarter(state.as_of, 4), source: 'explorer', weight: 0.5});
    render();
    changed();
  });
  $('save').addEventListener('click', save);
  $('form').addEventListener('submit', e => e.preventDefault());
  render();
  run();
}

init();
