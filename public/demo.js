// Demo only: the stand-in backend's tokens. A real host page writes its own session here.
(function () {
  var identities = {
    "customer": { token: "demo-customer" },
    "customer-admin": { token: "demo-customer-admin" },
    "seller-customer-view": { token: "demo-seller", onBehalfOf: "org-contoso" },
    "seller": { token: "demo-seller" },
    "seller-user": { token: "demo-seller-user" }
  };
  // ?demo=<identity> picks one from a link (and is remembered), e.g. ?demo=seller
  var fromLink = new URLSearchParams(location.search).get("demo");
  if (identities[fromLink]) localStorage.setItem("demo-identity", fromLink);
  var chosen = localStorage.getItem("demo-identity");
  if (!identities[chosen]) chosen = "customer";
  var root = document.getElementById("app");
  root.dataset.token = identities[chosen].token;
  if (identities[chosen].onBehalfOf) root.dataset.onBehalfOf = identities[chosen].onBehalfOf;
  var select = document.getElementById("demo-identity");
  select.value = chosen;
  select.addEventListener("change", function () {
    localStorage.setItem("demo-identity", select.value);
    location.assign("/");
  });
  // ?live=2 checks the orders list for changes every 2 seconds (the default is 15).
  var live = new URLSearchParams(location.search).get("live");
  if (live) root.dataset.liveSeconds = live;
  // ?lang=de-DE picks the host's locale (and is remembered); empty follows the browser.
  var fromLinkLang = new URLSearchParams(location.search).get("lang");
  if (fromLinkLang !== null) localStorage.setItem("demo-locale", fromLinkLang);
  var locale = localStorage.getItem("demo-locale") || "";
  root.dataset.locale = locale;
  var language = document.getElementById("demo-language");
  language.value = locale;
  language.addEventListener("change", function () {
    localStorage.setItem("demo-locale", language.value);
    location.reload();
  });
})();
