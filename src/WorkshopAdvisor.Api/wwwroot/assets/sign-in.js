// Staff sign-in: the password goes in a POST body with the anti-forgery token, never in a URL; the
// session cookie that comes back is HttpOnly, so no script can read it.
(function () {
  'use strict';
  var form = document.getElementById('sign-in-form');
  var message = document.getElementById('message');

  function fail(text) {
    message.textContent = text;
    message.hidden = false;
  }

  // Only back to one of our own pages: a returnUrl pointing elsewhere is ignored.
  function target(home) {
    var wanted = new URLSearchParams(location.search).get('returnUrl');
    return wanted && /^\/app(\/[A-Za-z0-9\-\/]*)?$/.test(wanted) && wanted.indexOf('/app/sign-in') !== 0 ? wanted : home;
  }

  form.addEventListener('submit', async function (e) {
    e.preventDefault();
    message.hidden = true;
    var button = document.getElementById('sign-in');
    button.disabled = true;
    try {
      var tokenResponse = await fetch('/app/antiforgery', { credentials: 'same-origin', cache: 'no-store' });
      var token = (await tokenResponse.json()).token;
      var response = await fetch('/app/sign-in', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-CSRF-TOKEN': token },
        body: JSON.stringify({ userName: form.userName.value, password: form.password.value })
      });
      if (response.ok) {
        var signedIn = await response.json();
        location.href = target(signedIn.home);
        return;
      }
      form.password.value = '';
      if (response.status === 429) {
        // Limited per account and per address (the problem's detail says which); nothing is signed in.
        var wait = parseInt(response.headers.get('Retry-After'), 10) || 60;
        fail('登录尝试次数过多，请 ' + wait + ' 秒后再试。 Too many sign-in attempts; try again in ' + wait + ' seconds.');
      } else if (response.status === 401) {
        fail('用户名或密码错误，或账号已停用。 Wrong user name or password, or the account is disabled.');
      } else {
        fail('登录失败 (' + response.status + ')，请刷新页面后重试。 Sign-in failed; reload the page and try again.');
      }
    } catch (err) {
      fail('无法连接服务器。 Cannot reach the server.');
    } finally {
      button.disabled = false;
    }
  });
}());
