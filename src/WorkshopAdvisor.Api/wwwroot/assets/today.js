// The advisor's today board: arrivals, waiting for an estimate or the customer's approval, in the
// workshop (technicians, progress), late against the promised time, ready for handover, care calls due.
(function () {
  'use strict';
  var W = window.Workshop;
  var el = W.el;
  var message = document.getElementById('message');
  var mine = document.getElementById('mine');
  var me = null;
  var links = {}; // signing links made on this page, by order id: shown until the order moves on
  var careCalls = 'unknown'; // 'unknown' | 'absent' | 'present'
  var statusNames = {
    Received: ['已接车', 'Received'],
    AwaitingApproval: ['待确认', 'Awaiting approval'],
    EstimateDeclined: ['客户拒绝', 'Declined'],
    Approved: ['已确认', 'Approved'],
    InProgress: ['维修中', 'In progress'],
    AwaitingInspection: ['待总检', 'Awaiting inspection'],
    ReadyForHandover: ['待交车', 'Ready'],
    HandedOver: ['已交车', 'Handed over'],
    Cancelled: ['已取消', 'Cancelled']
  };
  var frontDesk = ['Advisor', 'Manager'];

  mine.checked = localStorage.getItem('today.mine') === '1';
  mine.addEventListener('change', function () {
    localStorage.setItem('today.mine', mine.checked ? '1' : '0');
    refresh();
  });

  async function makeLink(order, button) {
    button.disabled = true;
    try {
      var full = await W.api('GET', '/repair-orders/' + order.id);
      var pending = full.estimates.filter(function (v) { return v.state === 'Pending'; })[0];
      if (!pending) { throw new W.ApiError(409, { title: '没有待确认的估价 No estimate is waiting for the customer' }); }
      links[order.id] = await W.api('POST', '/repair-orders/' + order.id + '/estimates/' + pending.number + '/signing-link');
      W.show(message, '签字链接已生成，请发送给客户 · Signing link ready: send it to the customer', true);
      refresh();
    } catch (e) {
      W.show(message, e.message, false);
      button.disabled = false;
    }
  }

  function linkBox(order) {
    var link = links[order.id];
    var input = el('input', { readonly: true, value: link.url, 'class': 'signing-url', 'aria-label': 'signing link' });
    var copy = el('button', { type: 'button', 'class': 'small' }, W.bilingual('复制', 'Copy'));
    copy.addEventListener('click', async function () {
      input.select();
      try { await navigator.clipboard.writeText(link.url); } catch (ignored) { document.execCommand('copy'); }
      W.show(message, '已复制 Copied', true);
    });
    return el('div', { 'class': 'link-box' }, [input, el('div', { 'class': 'fine' }, ['有效至 ' + W.time(link.expiresAt) + ' · expires ', copy])]);
  }

  function card(order) {
    var status = statusNames[order.status] || [order.status, order.status];
    var children = [
      el('div', { 'class': 'top' }, [
        el('span', { 'class': 'plate', text: order.plate || '—' }),
        order.isLate ? el('span', { 'class': 'late-tag', text: '超时 Late' }) : el('span', { 'class': 'number' }, W.bilingual(status[0], status[1]))
      ]),
      el('div', { 'class': 'number', text: order.number }),
      el('div', { 'class': 'meta', text: order.model + ' · ' + order.customerName }),
      el('div', { 'class': 'meta' }, ['承诺 ', el('span', { 'class': 'en', text: 'promised' }), ' ' + W.time(order.promisedCompletionAt) + ' · ' + order.advisorName])
    ];
    if (order.awaitingSupplementaryApproval) {
      children.push(el('div', { 'class': 'meta' }, W.bilingual('增项待客户确认', 'supplementary estimate awaiting approval')));
    }
    if (order.jobsTotal > 0) {
      children.push(el('div', { 'class': 'meta' }, [
        (order.technicians.length ? order.technicians.join('、') : '未派工 not dispatched') + ' · ' + order.jobsDone + '/' + order.jobsTotal + ' ',
        el('span', { 'class': 'en', text: 'jobs done' })
      ]));
      children.push(el('progress', { max: String(order.jobsTotal), value: String(order.jobsDone) }));
    }
    var awaiting = order.status === 'AwaitingApproval' || order.awaitingSupplementaryApproval;
    if (awaiting && me && frontDesk.indexOf(me.role) >= 0) {
      if (links[order.id]) {
        children.push(linkBox(order));
      } else {
        var button = el('button', { type: 'button', 'class': 'small make-link' }, W.bilingual('生成签字链接', 'Signing link'));
        button.addEventListener('click', function () { makeLink(order, button); });
        children.push(el('div', { 'class': 'actions' }, [button]));
      }
    }
    return el('article', { 'class': 'order' + (order.isLate ? ' is-late' : ''), 'data-order': order.number, 'data-status': order.status }, children);
  }

  function fill(section, items, render) {
    var cards = section.querySelector('.cards');
    var nodes = items.map(render);
    if (nodes.length === 0) { nodes = [el('div', { 'class': 'empty', text: '无 · none' })]; }
    cards.replaceChildren.apply(cards, nodes);
    section.querySelector('.count').textContent = String(items.length);
  }

  // The care calls due now (revisits and ABC contacts), from the care team's call list. A role that may not
  // read it (403) does not ask again; the section stays hidden while nothing is due.
  async function loadCareCalls() {
    if (careCalls === 'absent') { return; }
    var section = document.getElementById('care-calls');
    try {
      var calls = await W.api('GET', '/care/calls?view=Open&pageSize=20');
      var items = Array.isArray(calls) ? calls : (calls && calls.items) || [];
      careCalls = 'present';
      section.hidden = items.length === 0;
      fill(section, items, function (call) {
        return el('article', { 'class': 'order' }, [
          el('div', { 'class': 'top' }, [el('span', { 'class': 'plate', text: call.plate || call.customerName || '—' }), el('span', { 'class': 'number', text: call.orderNumber || '' })]),
          el('div', { 'class': 'meta', text: [call.customerName, call.kind || call.reason, call.dueAt ? W.time(call.dueAt) : null].filter(Boolean).join(' · ') })
        ]);
      });
    } catch (e) {
      // Not for this role (403): stop asking.
      if (e.status === 404 || e.status === 403) { careCalls = 'absent'; }
      section.hidden = true;
    }
  }

  async function load() {
    if (!me) {
      me = await W.me();
      document.getElementById('who').textContent = me.displayName;
    }
    var board = await W.api('GET', '/boards/today' + (mine.checked ? '?advisorId=' + me.id : ''));
    document.getElementById('day').textContent = board.day;
    document.querySelectorAll('section[data-list]').forEach(function (section) {
      fill(section, board[section.getAttribute('data-list')] || [], card);
    });
    // A link is shown only while its order still waits for the customer.
    var waiting = board.awaitingApproval.map(function (o) { return o.id; });
    Object.keys(links).forEach(function (id) { if (waiting.indexOf(Number(id)) < 0) { delete links[id]; } });
    await loadCareCalls();
  }

  var status = document.getElementById('status');
  function refresh() { load().catch(function (e) { W.show(message, e.message, false); }); }
  W.wireSignOut(document.getElementById('sign-out'));
  W.poll(load, 5, status);
}());
