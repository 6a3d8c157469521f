// The customer's signing page: a choice per line, the approved total as they choose, a signature pad
// drawn with a finger (pointer events: touch, pen or mouse), and checks before the form is sent.
(function () {
  'use strict';
  var form = document.getElementById('sign-form');
  if (!form) { return; }
  var pad = document.getElementById('pad');
  var ctx = pad.getContext('2d');
  var errorBox = document.getElementById('form-error');
  var inked = false;
  var drawing = false;
  var last = null;

  function yuan(fen) {
    var s = (fen / 100).toFixed(2).split('.');
    return '¥' + s[0].replace(/\B(?=(\d{3})+(?!\d))/g, ',') + '.' + s[1];
  }

  function lines() { return Array.prototype.slice.call(form.querySelectorAll('li.line')); }

  function choiceOf(line) {
    var checked = line.querySelector('input[type=radio]:checked');
    return checked ? checked.value : null;
  }

  function refresh() {
    var fen = 0;
    lines().forEach(function (line) {
      var choice = choiceOf(line);
      line.classList.toggle('declined', choice === 'decline');
      if (choice === 'approve') { fen += parseInt(line.getAttribute('data-amount-fen'), 10); }
    });
    document.getElementById('approved-total').textContent = yuan(fen);
  }

  form.addEventListener('change', refresh);
  document.getElementById('approve-all').addEventListener('click', function () {
    form.querySelectorAll('input[value=approve]').forEach(function (r) { r.checked = true; });
    refresh();
  });

  // The pad keeps its drawing in device pixels, so strokes stay sharp on a phone's screen.
  function sizePad() {
    var ratio = Math.min(window.devicePixelRatio || 1, 2);
    var rect = pad.getBoundingClientRect();
    pad.width = Math.round(rect.width * ratio);
    pad.height = Math.round(rect.height * ratio);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.lineWidth = 2.5;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#10233f';
    inked = false;
    pad.classList.remove('inked');
  }

  function point(e) {
    var rect = pad.getBoundingClientRect();
    return { x: e.clientX - rect.left, y: e.clientY - rect.top };
  }

  pad.addEventListener('pointerdown', function (e) {
    e.preventDefault();
    drawing = true;
    if (pad.setPointerCapture) { try { pad.setPointerCapture(e.pointerId); } catch (ignored) { /* not capturable */ } }
    last = point(e);
    ctx.beginPath();
    ctx.arc(last.x, last.y, ctx.lineWidth / 2, 0, Math.PI * 2);
    ctx.fillStyle = ctx.strokeStyle;
    ctx.fill();
  });
  pad.addEventListener('pointermove', function (e) {
    if (!drawing) { return; }
    e.preventDefault();
    var p = point(e);
    ctx.beginPath();
    ctx.moveTo(last.x, last.y);
    ctx.lineTo(p.x, p.y);
    ctx.stroke();
    if (Math.abs(p.x - last.x) + Math.abs(p.y - last.y) > 0) {
      inked = true;
      pad.classList.add('inked');
    }
    last = p;
  });
  function stop() { drawing = false; last = null; }
  pad.addEventListener('pointerup', stop);
  pad.addEventListener('pointercancel', stop);
  pad.addEventListener('pointerleave', stop);

  document.getElementById('clear-pad').addEventListener('click', function () {
    ctx.clearRect(0, 0, pad.width, pad.height);
    inked = false;
    pad.classList.remove('inked');
  });

  function fail(message) {
    errorBox.textContent = message;
    errorBox.hidden = false;
    errorBox.scrollIntoView({ block: 'center' });
  }

  form.addEventListener('submit', function (e) {
    var undecided = lines().filter(function (line) { return choiceOf(line) === null; });
    if (undecided.length > 0) {
      e.preventDefault();
      undecided[0].scrollIntoView({ block: 'center' });
      return fail('请对每一项选择“同意”或“不同意”。 Please approve or decline every line.');
    }
    if (!document.getElementById('name').value.trim()) {
      e.preventDefault();
      return fail('请填写您的姓名。 Please enter your name.');
    }
    if (!inked) {
      e.preventDefault();
      return fail('请在签名框内签名。 Please sign in the signature box.');
    }
    document.getElementById('signature').value = pad.toDataURL('image/png');
    document.getElementById('submit').disabled = true;
  });

  window.addEventListener('resize', function () { if (!inked) { sizePad(); } });
  sizePad();
  refresh();
}());
