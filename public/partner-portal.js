// The stand-in partner portal's own script: what a real portal does around the console.
// - Each menu entry mounts one area of the console under its own path (data-area), or the
//   whole console under /partner/console.
// - When the console says the session expired, the portal renews its token and hands the
//   new one over (data-token); the console then repeats what failed. This stand-in asks
//   the stand-in backend for the new token; a real portal asks its own sign-in service.
// - A button expires the token on purpose, to try that by hand.
(function () {
  var root = document.querySelector("[data-orders-console]");
  var areas = { orders: "orders", subscriptions: "subscriptions", notifications: "notifications" };
  var section = location.pathname.split("/")[2] || "console";
  if (areas[section]) {
    root.dataset.area = areas[section];
    root.dataset.basePath = "/partner/" + section;
  }
  for (var link of document.querySelectorAll(".portal-menu a[data-section]")) {
    if (link.dataset.section === section) link.setAttribute("aria-current", "page");
  }

  function post(path, token) {
    return fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ token: token }),
    }).then(function (response) { return response.json(); });
  }

  var status = document.getElementById("portal-session");
  root.addEventListener("orders-console:ready", function (event) {
    document.body.dataset.consoleReady = event.detail.language;
  });
  root.addEventListener("orders-console:auth-expired", function () {
    status.textContent = "Sitzung wird erneuert…";
    post("/__dev/tokens/renew", root.dataset.token).then(function (renewed) {
      root.dataset.token = renewed.token;
      status.textContent = "Sitzung erneuert.";
    });
  });
  document.getElementById("portal-expire").addEventListener("click", function () {
    post("/__dev/tokens/expire", root.dataset.token).then(function () {
      status.textContent = "Sitzung abgelaufen (Demo).";
    });
  });
})();
