// The policykg explorer: one page, drawn from the address (/cascade, /query/NAME, /search, /id/…, /sparql).
// Every value from the store goes into the page as text (never as HTML).
(function () {
  'use strict';

  const DATA = 'https://w3id.org/policykg/id/';
  const LANG_KEY = 'policykg.lang';
  const lang = (new URLSearchParams(location.search).get('lang')) || localStorage.getItem(LANG_KEY) || 'zh';
  const TEXT = window.PKG_TEXT[lang] || window.PKG_TEXT.zh;
  const ROW_CAP = Number(document.body.dataset.rowCap) || 1000;
  const main = document.getElementById('main');

  function t(key, vars) {
    let s = TEXT[key] || window.PKG_TEXT.zh[key] || key;
    for (const k in (vars || {})) s = s.replace('{' + k + '}', vars[k]);
    return s;
  }

  // h('a', {href: x}, 'text', child…): an element with attributes and children (strings become text nodes).
  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else if (k === 'class') el.className = v;
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }

  // Replaces an element's children; nested arrays are flattened and empty parts left out.
  function fill(el, ...children) {
    el.replaceChildren(...children.flat(Infinity).filter(c => c !== null && c !== undefined && c !== false));
  }

  async function getJson(url) {
    const r = await fetch(url, {headers: {Accept: 'application/json'}});
    const body = await r.json().catch(() => ({error: r.status + ' ' + r.statusText}));
    if (!r.ok) throw new Error(body.error || (r.status + ' ' + r.statusText));
    return body;
  }

  function showError(where, e) {
    fill(where, h('p', {class: 'error'}, t('error') + ' ' + e.message));
  }

  // A store IRI as a local address of this server (/id/…), so it opens the task or unit page: the
  // IRI's own escapes (%28, %E3%80%81) are kept, the rest (its Chinese) escaped for the address.
  function local(iri) {
    if (!iri.startsWith(DATA)) return iri;
    const escape = segment => segment.split(/(%[0-9A-Fa-f]{2})/).map(p => /^%[0-9A-Fa-f]{2}$/.test(p) ? p : encodeURIComponent(p)).join('');
    return '/id/' + iri.slice(DATA.length).split('/').map(escape).join('/');
  }

  function taskPath(source, list, task) {
    return '/id/doc/' + encodeURIComponent(source) + '/list/' + encodeURIComponent(list) + '/task/' + encodeURIComponent(task);
  }

  // The part of a bilingual header text in the page's language ("任务链条 | Cascade of a task").
  function pick(title) {
    const parts = title.split(' | ');
    return parts.length === 2 ? (lang === 'en' ? parts[1] : parts[0]) : title;
  }

  // The sentences of a description in the page's language: Chinese ones have a run of Han characters.
  function pickDescription(text) {
    const sentences = text.split(/(?<=[.。])\s+/);
    const zh = sentences.filter(s => /[\u4e00-\u9fff]{4}/.test(s) && !/^[A-Za-z]/.test(s));
    const en = sentences.filter(s => !zh.includes(s));
    const mine = lang === 'en' ? en : zh;
    return (mine.length ? mine : sentences).join(' ');
  }

  function roleName(role) { return TEXT['role.' + role] || role; }
  function levelName(level) { return TEXT['level.' + level] || level; }

  function downloads(items) {
    return h('p', {class: 'downloads'}, t('download') + ': ',
      items.map(([label, href], i) => [i ? ' · ' : '', h('a', {href: href, download: ''}, label)]));
  }

  function exportLinks(scope) {
    const formats = ['graphml', 'gexf', 'dot', 'cyjs', 'ttl', 'jsonld'];
    return h('p', {class: 'downloads exports'}, t('export.title') + ': ',
      formats.map((f, i) => [i ? ' · ' : '', h('a', {href: '/api/export?scope=' + encodeURIComponent(scope) + '&format=' + f, download: ''}, f)]));
  }

  function table(columns, rows, headers) {
    return h('table', {class: 'results'},
      h('thead', {}, h('tr', {}, columns.map(c => h('th', {}, headers ? (TEXT['col.' + c] || c) : c)))),
      h('tbody', {}, rows.map(r => h('tr', {}, r.map(cell)))));
  }

  function cell(value) {
    if (value instanceof Node) return h('td', {}, value);
    const v = value === null || value === undefined ? '' : String(value);
    if (v.startsWith(DATA)) return h('td', {}, h('a', {href: local(v)}, v.slice(DATA.length)));
    return h('td', {}, v);
  }

  // ---------------------------------------------------------------- home
  function home() {
    document.title = 'policykg';
    fill(main, 
      h('h1', {}, t('home.title')),
      h('p', {class: 'lead'}, t('home.intro')),
      h('ul', {class: 'views'},
        h('li', {}, h('a', {href: '/cascade?task=001_1ee4ff36028791ed.txt:1:12'}, t('home.cascade'))),
        h('li', {}, h('a', {href: '/query/'}, t('home.gallery'))),
        h('li', {}, h('a', {href: '/search?q=停车泊位'}, t('home.search'))),
        h('li', {}, h('a', {href: '/sparql'}, t('home.sparql')))));
  }

  // ---------------------------------------------------------------- cascade
  const LEVEL_COLOURS = {province: '#b5473a', city: '#2f6fab', district: '#3d8b4f'};

  function cascadePage() {
    const params = new URLSearchParams(location.search);
    const task = params.get('task') || '';
    document.title = t('cascade.title') + ' · policykg';
    const input = h('input', {name: 'task', id: 'cascade-task', value: task, size: 40, placeholder: '001_1ee4ff36028791ed.txt:1:12'});
    const graphBox = h('div', {id: 'cascade-graph', class: 'graph'});
    const detail = h('aside', {id: 'cascade-detail', class: 'detail'});
    const status = h('div', {class: 'status'});
    fill(main, 
      h('h1', {}, t('cascade.title')),
      h('form', {class: 'inline', action: '/cascade', method: 'get'}, h('label', {for: 'cascade-task'}, t('cascade.task') + ' '), input,
        h('button', {type: 'submit'}, t('cascade.show'))),
      h('p', {class: 'hint'}, t('cascade.hint'), ' ',
        ['province', 'city', 'district'].map(l => h('span', {class: 'swatch', style: 'background:' + LEVEL_COLOURS[l]}, levelName(l)))),
      status,
      h('div', {class: 'cascade'}, graphBox, detail));
    if (!task) return;
    status.textContent = t('loading');
    getJson('/api/cascade?depth=2&task=' + encodeURIComponent(task)).then(data => {
      fill(status, exportLinks('cascade:' + data.task.iri));
      drawCascade(graphBox, detail, data);
    }).catch(e => showError(status, e));
  }

  function nodeLabel(n) {
    const text = n.text.length > 22 ? n.text.slice(0, 22) + '…' : n.text;
    const lines = [n.jurisdiction + ' · ' + n.id.replace(/^(\d+)_[0-9a-f]+\.txt/, '$1'), text];
    const units = n.leads.length ? n.leads : n.others;
    if (units.length) {
      const u = units.slice(0, 2).join('、') + (units.length > 2 ? '…' : '');
      lines.push((n.leads.length ? t('cascade.lead') : t('cascade.with')) + ': ' + u);
    }
    if (n.targets.length) lines.push(t('cascade.targets') + ': ' + n.targets.slice(0, 2).join('; ') + (n.targets.length > 2 ? '…' : ''));
    // Cytoscape wraps at spaces only, and Chinese has none: each line is clipped instead.
    return lines.map(l => l.length > 21 ? l.slice(0, 20) + '…' : l).join('\n');
  }

  function drawCascade(box, detail, data) {
    const escalations = data.escalations || [];
    const cy = cytoscape({
      container: box,
      wheelSensitivity: 0.3,
      style: [
        {selector: 'node', style: {
          'shape': 'round-rectangle', 'background-color': 'data(colour)', 'background-opacity': 0.12,
          'border-width': 2, 'border-color': 'data(colour)', 'label': 'data(label)', 'text-wrap': 'wrap',
          'text-max-width': 235, 'text-valign': 'center', 'text-halign': 'center', 'font-size': 12, 'color': '#222',
          'width': 250, 'height': 'data(height)',
          'font-family': '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif'}},
        {selector: 'node.root', style: {'border-width': 4}},
        {selector: 'node:selected', style: {'background-opacity': 0.3}},
        {selector: 'edge', style: {
          'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'width': 2, 'line-color': '#999', 'target-arrow-color': '#999',
          'label': 'data(label)', 'font-size': 11, 'text-wrap': 'wrap', 'text-rotation': 'none',
          'text-background-color': '#fff', 'text-background-opacity': 1, 'text-background-padding': 2}},
        {selector: 'edge.escalation', style: {'line-color': '#d62728', 'target-arrow-color': '#d62728', 'width': 4, 'color': '#d62728'}},
      ],
    });
    const nodes = new Map();

    function addNode(n, root) {
      if (nodes.has(n.iri)) return;
      nodes.set(n.iri, n);
      const label = nodeLabel(n);
      cy.add({group: 'nodes', data: {id: n.iri, label: label, colour: LEVEL_COLOURS[n.level] || '#777',
        height: 18 * label.split('\n').length + 14}, classes: root ? 'root' : ''});
    }

    function addEdge(child, parent) {
      const id = child.iri + ' → ' + parent.iri;
      if (cy.getElementById(id).length) return;
      const escalation = escalations.find(e => e.child === child.id && e.parent === parent.id);
      let label = t('kind.contribution') + ' ' + (child.score === null || child.score === undefined ? '' : child.score.toFixed(2));
      if (escalation) label += '\n' + t('cascade.escalation') + ': ' + escalation.indicator + ' ' + escalation.child_value + ' / ' + escalation.parent_value;
      // drawn parent → child so the layout puts the province on top; the arrow reads "carried down to"
      cy.add({group: 'edges', data: {id: id, source: parent.iri, target: child.iri, label: label}, classes: escalation ? 'escalation' : ''});
    }

    function addTree(n) {
      addNode(n);
      for (const c of n.children) { addTree(c); addEdge(c, n); }
    }

    function merge(d, root) {
      d.above.forEach(n => addNode(n));
      addNode(d.task, root);
      for (let i = 0; i < d.above.length; i++) {
        const lower = i + 1 < d.above.length ? d.above[i + 1] : d.task;
        addEdge(lower, d.above[i]);
      }
      addTree(d.task);
    }

    function layout() {
      cy.layout({name: 'dagre', rankDir: 'LR', nodeSep: 14, rankSep: 120, animate: false}).run();
      cy.fit(undefined, 20);
    }

    function show(n) {
      fill(detail, h('div', {},
        h('h2', {}, n.jurisdiction + ' · ' + levelName(n.level)),
        h('p', {class: 'id'}, n.id),
        h('p', {}, n.text),
        n.leads.length ? h('p', {}, t('cascade.lead') + ': ' + n.leads.join('、')) : null,
        n.others.length ? h('p', {}, t('cascade.with') + ': ' + n.others.join('、')) : null,
        n.targets.length ? h('p', {}, t('cascade.targets') + ': ' + n.targets.join('; ')) : null,
        h('p', {}, h('a', {href: local(n.iri)}, t('cascade.open')))));
    }

    merge(data, true);
    layout();
    show(data.task);
    cy.on('tap', 'node', evt => {
      const iri = evt.target.id();
      show(nodes.get(iri));
      getJson('/api/cascade?depth=1&task=' + encodeURIComponent(iri)).then(d => {
        const before = cy.elements().length;
        merge(d, false);
        if (cy.elements().length > before) layout();
      }).catch(e => showError(detail, e));
    });
    window.policykgCascade = cy;
  }

  // ---------------------------------------------------------------- gallery
  function galleryPage(name) {
    document.title = t('gallery.title') + ' · policykg';
    fill(main, h('h1', {}, t('gallery.title')), h('p', {}, t('loading')));
    getJson('/api/queries').then(queries => {
      if (!name) return galleryList(queries);
      const q = queries.find(x => x.name === name);
      if (!q) throw new Error('no canned query named ' + name);
      queryPage(q);
    }).catch(e => showError(main, e));
  }

  function galleryList(queries) {
    fill(main, h('h1', {}, t('gallery.title')),
      h('ul', {class: 'gallery'}, queries.map(q => h('li', {},
        h('a', {href: '/query/' + encodeURIComponent(q.name), class: 'query-title'}, pick(q.title)),
        ' ', h('span', {class: 'tag'}, TEXT['view.' + q.view] || q.view),
        h('p', {}, pickDescription(q.description)),
        Object.keys(q.params).length ? h('p', {class: 'params'}, t('gallery.params') + ': ',
          Object.entries(q.params).map(([k, v]) => v ? k + ' = ' + v : k).join(', ')) : null))));
  }

  function queryPage(q) {
    document.title = pick(q.title) + ' · policykg';
    const given = new URLSearchParams(location.search);
    const fields = Object.entries(q.params).map(([k, v]) =>
      h('label', {}, k + ' ', h('input', {name: k, id: 'param-' + k, value: given.get(k) || v, 'data-default': v})));
    const result = h('div', {id: 'result'});
    const share = h('p', {class: 'share'});
    const form = h('form', {class: 'params', id: 'query-form'}, fields, h('button', {type: 'submit', id: 'run'}, t('gallery.run')));
    form.addEventListener('submit', e => { e.preventDefault(); run(); });
    fill(main, 
      h('p', {class: 'crumbs'}, h('a', {href: '/query/'}, t('gallery.title')), ' › ', q.name),
      h('h1', {}, pick(q.title)),
      h('p', {}, pickDescription(q.description)),
      h('p', {class: 'hint'}, t('gallery.view') + ': ' + (TEXT['view.' + q.view] || q.view)),
      form, share, result);

    function values() {
      const p = new URLSearchParams();
      for (const input of form.querySelectorAll('input')) if (input.value.trim()) p.set(input.name, input.value.trim());
      return p;
    }

    function run() {
      const p = values();
      // the shareable address: the query's name and its parameters, never the query text
      const address = '/query/' + encodeURIComponent(q.name) + (p.toString() ? '?' + p : '');
      history.replaceState(null, '', address);
      fill(share, t('gallery.share') + ': ', h('a', {href: address, id: 'share-link'}, location.origin + decodeURI(address)));
      fill(result, h('p', {}, t('loading')));
      const api = '/api/run/' + encodeURIComponent(q.name) + (p.toString() ? '?' + p : '');
      getJson(api).then(data => showResult(result, q, data, api)).catch(e => showError(result, e));
    }

    // a query whose parameters are all optional (no default) answers at once, for everything
    if (given.toString() || Object.values(q.params).every(v => !v)) run();
  }

  function showResult(box, q, data, api) {
    const sep = api.includes('?') ? '&' : '?';
    const parts = [
      h('p', {class: 'count', id: 'row-count'}, data.rows.length + ' ' + t('gallery.rows')),
      data.truncated ? h('p', {class: 'truncated'}, t('gallery.truncated', {n: data.rowCap})) : null,
      downloads([[t('download.csv'), api + sep + 'format=csv'], [t('download.json'), api + sep + 'format=json']]),
    ];
    if (!data.rows.length) parts.push(h('p', {}, t('gallery.none')));
    else {
      if (data.view === 'graph') parts.push(resultGraph(data));
      if (data.view === 'timeline') parts.push(resultTimeline(data));
      parts.push(table(data.columns, data.rows.map(r => linkRow(data.columns, r))));
    }
    fill(box, ...parts.filter(Boolean));
  }

  // A row whose columns name a task (source, list, task) links its task number to the task page.
  function linkRow(columns, row) {
    const at = name => columns.indexOf(name);
    const out = row.slice();
    for (const prefix of ['', 'child_', 'parent_']) {
      const s = at(prefix + 'source'), l = at(prefix + 'list'), k = at(prefix + 'task');
      if (s >= 0 && l >= 0 && k >= 0 && row[k]) out[k] = h('a', {href: taskPath(row[s], row[l], row[k])}, row[k]);
    }
    return out;
  }

  // The graph view: the first two columns are the nodes, the first numeric column the weight.
  function resultGraph(data) {
    const box = h('div', {class: 'graph small', id: 'result-graph'});
    const weightAt = data.columns.findIndex((c, i) => i > 1 && data.rows.every(r => /^\d+(\.\d+)?$/.test(r[i])));
    setTimeout(() => {
      const elements = [];
      const seen = new Set();
      const max = Math.max(1, ...data.rows.map(r => weightAt >= 0 ? Number(r[weightAt]) : 1));
      data.rows.forEach((r, i) => {
        for (const v of [r[0], r[1]]) if (!seen.has(v)) { seen.add(v); elements.push({data: {id: v, label: v}}); }
        const w = weightAt >= 0 ? Number(r[weightAt]) : 1;
        elements.push({data: {id: 'e' + i, source: r[0], target: r[1], w: 1 + 7 * w / max, label: weightAt >= 0 ? r[weightAt] : ''}});
      });
      cytoscape({container: box, elements: elements, layout: {name: 'cose', animate: false},
        style: [
          {selector: 'node', style: {label: 'data(label)', 'font-size': 10, width: 12, height: 12, 'background-color': '#2f6fab',
            'font-family': '"Noto Sans CJK SC", "Noto Sans SC", sans-serif'}},
          {selector: 'edge', style: {width: 'data(w)', 'line-color': '#aab', label: 'data(label)', 'font-size': 8}}]});
    }, 0);
    return box;
  }

  // The timeline view: one bar per row from its start to its end date.
  function resultTimeline(data) {
    const s = data.columns.indexOf('start'), e = data.columns.indexOf('end');
    if (s < 0 || e < 0) return null;
    const label = data.columns.indexOf('phrase') >= 0 ? data.columns.indexOf('phrase') : 0;
    const rows = data.rows.filter(r => r[s] && r[e]).slice(0, 200);
    if (!rows.length) return null;
    const day = d => new Date(d + 'T00:00:00Z').getTime();
    const min = Math.min(...rows.map(r => day(r[s]))), max = Math.max(...rows.map(r => day(r[e]))) + 86400000;
    const pct = v => (100 * (v - min) / (max - min)).toFixed(2) + '%';
    return h('div', {class: 'timeline', id: 'result-timeline'},
      h('div', {class: 'axis'}, h('span', {}, new Date(min).toISOString().slice(0, 10)), h('span', {}, new Date(max - 86400000).toISOString().slice(0, 10))),
      rows.map(r => h('div', {class: 'lane'},
        h('span', {class: 'bar', style: 'left:' + pct(day(r[s])) + ';width:calc(' + pct(day(r[e]) + 86400000) + ' - ' + pct(day(r[s])) + ')',
          title: r[s] + ' – ' + r[e]}),
        h('span', {class: 'bar-label'}, r[label] + ' (' + r[s] + ' – ' + r[e] + ')'))));
  }

  // ---------------------------------------------------------------- search
  function searchPage() {
    const q = new URLSearchParams(location.search).get('q') || '';
    document.getElementById('search-box').value = q;
    document.title = t('search.title') + ' · policykg';
    fill(main, h('h1', {}, t('search.title') + (q ? ': ' + q : '')));
    if (!q) return;
    const box = h('div', {id: 'search-results'}, t('loading'));
    main.append(box);
    getJson('/api/search?q=' + encodeURIComponent(q)).then(data => {
      const parts = [];
      parts.push(h('h2', {}, t('search.tasks') + ' (' + data.tasks.length + ')'));
      if (!data.tasks.length) parts.push(h('p', {}, t('search.none')));
      parts.push(h('ol', {class: 'hits'}, data.tasks.map(hit => h('li', {class: 'hit'},
        h('a', {href: local(hit.iri), class: 'hit-id'}, hit.source + ':' + hit.list + ':' + hit.task), ' ',
        h('span', {class: 'tag'}, hit.jurisdiction),
        h('p', {class: 'snippet'}, marked(hit.snippet)),
        hit.units ? h('p', {class: 'units'}, hit.units.split('; ').map(u => {
          const sp = u.indexOf(' ');
          return roleName(u.slice(0, sp)) + ' ' + u.slice(sp + 1);
        }).join('; ')) : null))));
      parts.push(h('h2', {}, t('search.units') + ' (' + data.units.length + ')'));
      parts.push(h('ul', {class: 'hits units'}, data.units.map(u => h('li', {},
        h('a', {href: local(u.unit)}, u.name), u.jurisdiction ? ' (' + u.jurisdiction + ')' : ''))));
      fill(box, ...parts);
    }).catch(e => showError(box, e));
  }

  // The snippet's 【match】 marks as <mark> elements.
  function marked(snippet) {
    return snippet.split(/(【[^】]*】)/).map(part =>
      part.startsWith('【') && part.endsWith('】') ? h('mark', {}, part.slice(1, -1)) : part);
  }

  // ---------------------------------------------------------------- task and unit pages
  function resourcePage() {
    // the server reads the address back into the IRI (the explorer's links encode every character)
    const path = location.pathname.slice('/id/'.length);
    const kind = /\/task\/[^/]+$/.test(path) ? 'task' : /^unit\//.test(path) ? 'unit' : null;
    fill(main, h('p', {}, t('loading')));
    if (!kind) {
      fill(main, h('h1', {}, DATA + path), rdfLinks());
      return;
    }
    getJson('/api/' + kind + '?path=' + encodeURIComponent(location.pathname))
      .then(data => kind === 'task' ? taskPage(data) : unitPage(data))
      .catch(e => showError(main, e));
  }

  function rdfLinks() {
    const here = location.pathname;
    return h('p', {class: 'downloads rdf'}, t('rdf.as') + ' ',
      h('a', {href: here + '?format=ttl', download: ''}, 'Turtle'), ' · ',
      h('a', {href: here + '?format=jsonld', download: ''}, 'JSON-LD'), ' — ', h('span', {class: 'hint'}, t('rdf.note')));
  }

  function section(title, columns, rows) {
    if (!rows.length) return null;
    return [h('h2', {}, title), table(columns, rows, true)];
  }

  function taskPage(d) {
    const k = d.task;
    document.title = t('task.title') + ' ' + k.id + ' · policykg';
    fill(main, 
      h('h1', {}, t('task.title') + ' ' + k.id),
      h('p', {class: 'task-text', id: 'task-text'}, k.text),
      h('dl', {class: 'facts'},
        h('dt', {}, t('task.jurisdiction')), h('dd', {}, k.jurisdiction + (k.level ? ' (' + levelName(k.level) + ')' : '')),
        k.list_title ? [h('dt', {}, t('task.list')), h('dd', {}, k.list_title)] : null,
        k.section ? [h('dt', {}, t('task.section')), h('dd', {}, k.section)] : null,
        h('dt', {}, t('task.source')), h('dd', {}, h('a', {href: local(k.document)}, k.source), k.line ? ', ' + t('task.line') + ' ' + k.line : '', k.locator ? ' (' + k.locator + ')' : '')),
      h('p', {}, h('a', {href: '/cascade?task=' + encodeURIComponent(k.id)}, t('task.cascade'))),
      h('div', {id: 'task-units'}, section(t('task.units'), ['role', 'unit', 'written'],
        d.units.map(u => [roleName(u.role), h('a', {href: local(u.unit), class: 'unit-link'}, u.name), u.as_written]))),
      section(t('task.targets'), ['indicator', 'as_written', 'value'], d.targets.map(x => [x.indicator, x.as_written, x.value])),
      section(t('task.deadlines'), ['phrase', 'start', 'end'], d.deadlines.map(x => [x.phrase, x.start, x.end])),
      section(t('task.links'), ['direction', 'kind', 'score', 'accepted', 'task', 'text'], d.links.map(x => [
        x.direction === 'out' ? t('task.out') : t('task.in'), TEXT['kind.' + x.kind] || x.kind, x.score,
        x.accepted === 'true' ? t('yes') : t('no'),
        h('a', {href: local(x.other)}, x.other_id || x.other.slice(DATA.length)),
        x.other_text.length > 60 ? x.other_text.slice(0, 60) + '…' : x.other_text])),
      rdfLinks(),
      exportLinks('cascade:' + d.iri));
  }

  function unitPage(d) {
    const u = d.unit;
    document.title = t('unit.title') + ' ' + u.name + ' · policykg';
    const portfolio = '/api/run/unit-portfolio?unit=' + encodeURIComponent(u.name);
    fill(main, 
      h('h1', {}, u.name),
      h('dl', {class: 'facts'},
        h('dt', {}, t('task.jurisdiction')), h('dd', {}, u.jurisdiction + (u.level ? ' (' + levelName(u.level) + ')' : '')),
        h('dt', {}, t('unit.written')), h('dd', {}, u.written)),
      h('h2', {}, t('unit.tasks') + ' (' + d.tasks.length + ')'),
      downloads([[t('download.csv'), portfolio + '&format=csv'], [t('download.json'), portfolio + '&format=json']]),
      table(['task', 'role', 'text'], d.tasks.map(x => [h('a', {href: local(x.task)}, x.id), roleName(x.role),
        x.text.length > 80 ? x.text.slice(0, 80) + '…' : x.text]), true),
      rdfLinks(),
      exportLinks('unit:' + d.iri));
  }

  // ---------------------------------------------------------------- SPARQL editor
  const EXAMPLE_QUERY = [
    'PREFIX pkg: <https://w3id.org/policykg/ontology#>',
    'PREFIX skos: <http://www.w3.org/2004/02/skos/core#>',
    '# units by the tasks they lead / 各单位牵头的任务数',
    'SELECT ?unit (COUNT(DISTINCT ?task) AS ?lead_tasks)',
    'WHERE { ?task pkg:leadUnit/skos:prefLabel ?unit }',
    'GROUP BY ?unit ORDER BY DESC(?lead_tasks) ?unit'].join('\n');

  function sparqlPage() {
    document.title = t('sparql.title') + ' · policykg';
    const box = h('div', {id: 'yasgui'});
    const download = h('button', {type: 'button', id: 'sparql-download'}, t('sparql.download'));
    fill(main, h('h1', {}, t('sparql.title')), h('p', {class: 'hint'}, t('sparql.cap', {n: ROW_CAP}), ' ', download), box);
    const css = h('link', {rel: 'stylesheet', href: '/static/vendor/yasgui.min.css'});
    document.head.append(css);
    const script = h('script', {src: '/static/vendor/yasgui.min.js'});
    script.addEventListener('load', () => {
      const yasgui = new Yasgui(box, {
        requestConfig: {endpoint: '/api/sparql', method: 'POST'},
        copyEndpointOnNewTab: false,
        yasqe: {value: EXAMPLE_QUERY},
        endpointCatalogueOptions: {getData: () => [{endpoint: '/api/sparql'}]},
      });
      download.addEventListener('click', () => {
        const form = h('form', {method: 'post', action: '/api/sparql'},
          h('input', {type: 'hidden', name: 'query', value: yasgui.getTab().getQuery()}),
          h('input', {type: 'hidden', name: 'format', value: 'csv'}));
        document.body.append(form);
        form.submit();
        form.remove();
      });
      window.policykgYasgui = yasgui;
    });
    document.body.append(script);
  }

  // ---------------------------------------------------------------- frame
  function frame() {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
    document.getElementById('search-box').placeholder = t('search.placeholder');
    const toggle = document.getElementById('lang-toggle');
    toggle.textContent = t('lang.other');
    toggle.addEventListener('click', () => {
      localStorage.setItem(LANG_KEY, lang === 'en' ? 'zh' : 'en');
      const p = new URLSearchParams(location.search);
      p.delete('lang');
      location.search = p.toString();
      if (!p.toString()) location.reload();
    });
  }

  frame();
  const path = location.pathname;
  if (path === '/cascade') cascadePage();
  else if (path === '/query' || path.startsWith('/query/')) galleryPage(decodeURIComponent(path.replace(/^\/query\/?/, '')));
  else if (path === '/search') searchPage();
  else if (path === '/sparql') sparqlPage();
  else if (path.startsWith('/id/')) resourcePage();
  else home();
})();
