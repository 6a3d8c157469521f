// The technician's board: the jobs dispatched to me, each started, paused (with the reason) and finished
// here, and extra faults reported to the advisor. Refreshed every few seconds.
(function () {
  'use strict';
  var W = window.Workshop;
  var el = W.el;
  var list = document.getElementById('jobs');
  var message = document.getElementById('message');
  var states = {
    Waiting: ['待开工', 'Waiting'],
    InProgress: ['进行中', 'In progress'],
    Paused: ['已暂停', 'Paused']
  };
  var pauseReasons = [['等待配件', 'waiting for parts'], ['交班', 'end of shift'], ['等待客户确认', 'waiting for the customer'], ['需要专用工具', 'needs a special tool']];

  function path(job, action) { return '/repair-orders/' + job.orderId + '/jobs/' + job.jobNumber + '/' + action; }

  async function act(button, run, done) {
    button.disabled = true;
    try {
      await run();
      W.show(message, done, true);
      await load(true);
    } catch (e) {
      W.show(message, e.message, false);
      button.disabled = false;
    }
  }

  function pauseForm(job, card) {
    var input = el('input', { name: 'reason', maxlength: '200', placeholder: '暂停原因 Reason', required: true });
    var form = el('form', { 'class': 'inline pause-form' }, [
      el('div', { 'class': 'reasons' }, pauseReasons.map(function (r) {
        return el('button', { type: 'button', 'class': 'small', text: r[0], onclick: function () { input.value = r[0] + ' (' + r[1] + ')'; } });
      })),
      input,
      el('div', { 'class': 'row' }, [
        el('button', { type: 'submit', 'class': 'warn confirm-pause' }, W.bilingual('确认暂停', 'Pause')),
        el('button', { type: 'button', onclick: function () { form.remove(); } }, W.bilingual('取消', 'Cancel'))
      ])
    ]);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      if (!input.value.trim()) { input.focus(); return; }
      act(form.querySelector('.confirm-pause'), function () { return W.api('POST', path(job, 'pause'), { reason: input.value.trim() }); }, '已暂停 Paused');
    });
    card.appendChild(form);
    input.focus();
  }

  function faultForm(job, card) {
    var text = el('textarea', { name: 'description', rows: '3', maxlength: '1000', placeholder: '发现的问题 What did you find?' });
    var form = el('form', { 'class': 'inline fault-form' }, [
      text,
      el('div', { 'class': 'row' }, [
        el('button', { type: 'submit', 'class': 'go send-fault' }, W.bilingual('发给服务顾问', 'Send to advisor')),
        el('button', { type: 'button', onclick: function () { form.remove(); } }, W.bilingual('取消', 'Cancel'))
      ])
    ]);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      if (!text.value.trim()) { text.focus(); return; }
      act(form.querySelector('.send-fault'), function () {
        return W.api('POST', '/repair-orders/' + job.orderId + '/extra-faults', { description: text.value.trim(), jobNumber: job.jobNumber });
      }, '已报告增项，服务顾问会联系客户 · Extra fault sent to the advisor');
    });
    card.appendChild(form);
    text.focus();
  }

  function card(job) {
    var state = states[job.status] || [job.status, job.status];
    var card = el('article', { 'class': 'job', 'data-order': job.orderNumber, 'data-job': String(job.jobNumber), 'data-status': job.status }, [
      el('div', { 'class': 'top' }, [
        el('span', { 'class': 'plate', text: job.plate || '—' }),
        el('span', { 'class': 'number', text: job.orderNumber + ' · #' + job.jobNumber })
      ]),
      el('div', { 'class': 'meta', text: job.model }),
      el('div', { 'class': 'desc', text: job.description }),
      el('div', { 'class': 'meta' }, [
        el('span', { 'class': 'state ' + job.status }, W.bilingual(state[0], state[1])),
        job.pauseReason ? ' ' + job.pauseReason : null,
        ' · 交车 ', el('span', { 'class': 'en', text: 'ready by' }), ' ' + W.time(job.promisedCompletionAt)
      ])
    ]);
    var buttons = el('div', { 'class': 'buttons' });
    if (job.status === 'Waiting' || job.status === 'Paused') {
      var start = el('button', { type: 'button', 'class': 'go start' }, job.status === 'Paused' ? W.bilingual('继续', 'Resume') : W.bilingual('开始', 'Start'));
      start.addEventListener('click', function () { act(start, function () { return W.api('POST', path(job, 'start')); }, '已开始 Started'); });
      buttons.appendChild(start);
    }
    if (job.status === 'InProgress') {
      var pause = el('button', { type: 'button', 'class': 'warn pause' }, W.bilingual('暂停', 'Pause'));
      pause.addEventListener('click', function () { if (!card.querySelector('.pause-form')) { pauseForm(job, card); } });
      var finish = el('button', { type: 'button', 'class': 'go finish' }, W.bilingual('完成', 'Finish'));
      // Two taps: a finished job goes on to inspection, so a stray tap must not finish it.
      finish.addEventListener('click', function () {
        if (finish.dataset.armed) {
          act(finish, function () { return W.api('POST', path(job, 'finish')); }, '已完成 Finished');
          return;
        }
        finish.dataset.armed = '1';
        finish.textContent = '';
        W.bilingual('确认完成？', 'Tap again to finish').forEach(function (n) { finish.appendChild(typeof n === 'string' ? document.createTextNode(n) : n); });
        setTimeout(function () { if (!finish.disabled) { delete finish.dataset.armed; finish.textContent = ''; W.bilingual('完成', 'Finish').forEach(function (n) { finish.appendChild(typeof n === 'string' ? document.createTextNode(n) : n); }); } }, 5000);
      });
      buttons.appendChild(pause);
      buttons.appendChild(finish);
    }
    var fault = el('button', { type: 'button', 'class': 'fault' }, W.bilingual('报告增项', 'Extra fault'));
    fault.addEventListener('click', function () { if (!card.querySelector('.fault-form')) { faultForm(job, card); } });
    buttons.appendChild(fault);
    card.appendChild(buttons);
    return card;
  }

  async function load(force) {
    var jobs = await W.api('GET', '/technicians/me/jobs');
    // Someone typing a reason or a fault keeps their form; the next refresh after it closes catches up.
    if (!force && list.querySelector('form.inline')) { return; }
    list.replaceChildren.apply(list, jobs.map(card));
    document.getElementById('no-jobs').hidden = jobs.length > 0;
  }

  W.wireSignOut(document.getElementById('sign-out'));
  W.me().then(function (me) { document.getElementById('who').textContent = me.displayName; });
  W.poll(function () { return load(false); }, 5, document.getElementById('status'));
}());
