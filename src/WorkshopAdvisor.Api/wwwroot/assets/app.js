// Shared by the staff pages: calls to the JSON API with the session cookie (and the anti-forgery token on
// every change), the shop's local time, small DOM helpers that never parse HTML, and polling.
window.Workshop = (function () {
  'use strict';
  var csrfToken = null;
  var zone = (document.querySelector('meta[name=shop-time-zone]') || {}).content || 'Asia/Shanghai';

  function ApiError(status, problem) {
    this.status = status;
    this.problem = problem || {};
    this.message = (this.problem.title || ('HTTP ' + status)) + (this.problem.detail ? ': ' + this.problem.detail : '');
  }

  function signInAgain() {
    location.href = '/app/sign-in?returnUrl=' + encodeURIComponent(location.pathname);
  }

  async function antiforgeryToken() {
    if (!csrfToken) {
      var response = await fetch('/app/antiforgery', { credentials: 'same-origin', cache: 'no-store' });
      csrfToken = (await response.json()).token;
    }
    return csrfToken;
  }

  async function api(method, url, body) {
    var headers = { 'Accept': 'application/json' };
    if (method !== 'GET') { headers['X-CSRF-TOKEN'] = await antiforgeryToken(); }
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    var response = await fetch(url, {
      method: method,
      headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store'
    });
    if (response.status === 401) {
      signInAgain();
      throw new ApiError(401, { title: '请重新登录 Please sign in again' });
    }
    var type = response.headers.get('content-type') || '';
    var data = type.indexOf('json') >= 0 ? await response.json() : null;
    if (!response.ok) { throw new ApiError(response.status, data); }
    return data;
  }

  function time(iso) {
    if (!iso) { return '—'; }
    var parts = new Intl.DateTimeFormat('zh-CN', {
      timeZone: zone, month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
    }).formatToParts(new Date(iso));
    var get = function (t) { return (parts.find(function (p) { return p.type === t; }) || {}).value; };
    return get('month') + '-' + get('day') + ' ' + get('hour') + ':' + get('minute');
  }

  function clock() {
    return new Intl.DateTimeFormat('zh-CN', { timeZone: zone, hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(new Date());
  }

  // el('div', {class: 'x', text: '...'}, [children]); text is always set as text, never as HTML.
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      var value = attrs[key];
      if (value === undefined || value === null || value === false) { return; }
      if (key === 'text') { node.textContent = value; }
      else if (key.indexOf('on') === 0) { node.addEventListener(key.substring(2), value); }
      else { node.setAttribute(key, value === true ? '' : value); }
    });
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) { node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child); }
    });
    return node;
  }

  // Chinese first, English after, as on every page.
  function bilingual(zh, en) {
    return [zh + ' ', el('span', { 'class': 'en', text: en })];
  }

  function show(box, text, ok) {
    box.textContent = text;
    box.className = ok ? 'ok' : 'error';
    box.hidden = false;
    clearTimeout(box.hideTimer);
    box.hideTimer = setTimeout(function () { box.hidden = true; }, ok ? 4000 : 10000);
  }

  // Runs load() now and every few seconds, so that what others changed shows without reloading.
  function poll(load, seconds, status) {
    var busy = false;
    async function tick() {
      if (busy) { return; }
      busy = true;
      try {
        await load();
        if (status) { status.textContent = '更新于 ' + clock() + ' · Updated'; }
      } catch (e) {
        if (status) { status.textContent = '无法更新 · Could not update (' + e.message + ')'; }
      } finally {
        busy = false;
      }
    }
    tick();
    return setInterval(tick, seconds * 1000);
  }

  async function me() {
    return api('GET', '/auth/me');
  }

  function wireSignOut(button) {
    button.addEventListener('click', async function () {
      await api('POST', '/app/sign-out');
      location.href = '/app/sign-in';
    });
  }

  return { api: api, ApiError: ApiError, time: time, el: el, bilingual: bilingual, show: show, poll: poll, me: me, wireSignOut: wireSignOut };
}());
