/* consilience brief: citation popovers.
 * Reads citation data from <script type="application/json" id="consilience-data"> and builds
 * every popover with DOM APIs and textContent only (article text is untrusted).
 * Hover or keyboard focus shows a citation, click or Enter pins it, Escape or a click
 * elsewhere closes it (focus returns to the marker). A link to an anchor inside a closed
 * <details> opens it. Before printing, every <details> is opened. */
(function () {
  "use strict";
  var dataEl = document.getElementById("consilience-data");
  var pop = document.getElementById("cite-pop");
  if (!dataEl || !pop) { return; }
  var data;
  try { data = JSON.parse(dataEl.textContent || "{}"); } catch (e) { return; }
  var cites = (data && data.cites) || {};
  var pinned = null;
  var hoverTimer = null;
  var suppress = false;

  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) { n.className = cls; }
    if (text !== undefined && text !== null) { n.textContent = String(text); }
    return n;
  }

  function safeHref(href) {
    // only same-origin relative paths we generated ("/articles/..."), never anything else
    return (typeof href === "string" && /^\/articles\/[A-Za-z0-9_.:%-]+\?start=\d+&end=\d+(#focus)?$/.test(href)) ? href : null;
  }

  function fill(id) {
    var c = cites[id];
    while (pop.firstChild) { pop.removeChild(pop.firstChild); }
    if (!c) { return false; }
    var head = el("div", "pop-head");
    head.appendChild(el("span", "pop-n", c.n));
    head.appendChild(el("b", "pop-code", c.code));
    head.appendChild(el("span", "pop-outlet", c.label));
    if (c.published) { head.appendChild(el("span", "pop-date", c.published)); }
    var close = el("button", "pop-close", "\u00d7");
    close.type = "button";
    close.setAttribute("aria-label", "Close");
    close.addEventListener("click", function (ev) { ev.preventDefault(); hide(true); });
    head.appendChild(close);
    pop.appendChild(head);
    if (c.title) { pop.appendChild(el("div", "pop-title", c.title)); }
    var body = el("blockquote", "pop-ctx");
    if (c.ctx) {
      body.appendChild(document.createTextNode(c.ctx.before || ""));
      body.appendChild(el("mark", null, c.ctx.hit || ""));
      body.appendChild(document.createTextNode(c.ctx.after || ""));
    } else {
      body.appendChild(el("span", "none", "source text unavailable"));
    }
    pop.appendChild(body);
    var foot = el("div", "pop-foot");
    foot.appendChild(el("span", "pop-src", (c.source || c.article) + " \u00b7 chars " + c.start + "\u2013" + c.end));
    var href = safeHref(c.href);
    if (href) {
      var a = el("a", "pop-open", "open article \u2192");
      a.setAttribute("href", href);
      foot.appendChild(a);
    }
    pop.appendChild(foot);
    return true;
  }

  function place(anchor) {
    var r = anchor.getBoundingClientRect();
    var sx = window.pageXOffset || document.documentElement.scrollLeft;
    var sy = window.pageYOffset || document.documentElement.scrollTop;
    var width = Math.min(520, document.documentElement.clientWidth - 24);
    pop.style.width = width + "px";
    var left = Math.max(12, Math.min(r.left + sx - 20, sx + document.documentElement.clientWidth - width - 12));
    pop.style.left = left + "px";
    pop.style.top = (r.bottom + sy + 8) + "px";
    var ph = pop.offsetHeight;
    if (r.bottom + ph + 16 > window.innerHeight && r.top > ph + 16) {
      pop.style.top = (r.top + sy - ph - 8) + "px";
    }
  }

  function show(anchor, pin) {
    var id = anchor.getAttribute("data-cite");
    if (!fill(id)) { return; }
    pop.hidden = false;
    pop.setAttribute("data-for", id);
    place(anchor);
    var prev = document.querySelectorAll("a.cite.active");
    for (var i = 0; i < prev.length; i++) {
      prev[i].classList.remove("active");
      prev[i].setAttribute("aria-expanded", "false");
    }
    anchor.classList.add("active");
    anchor.setAttribute("aria-controls", "cite-pop");
    anchor.setAttribute("aria-expanded", "true");
    if (pin) { pinned = anchor; pop.classList.add("pinned"); } else { pop.classList.remove("pinned"); }
  }

  function hide(force, refocus) {
    if (pinned && !force) { return; }
    var was = pinned;
    pinned = null;
    pop.hidden = true;
    pop.classList.remove("pinned");
    pop.removeAttribute("data-for");
    var prev = document.querySelectorAll("a.cite.active");
    for (var i = 0; i < prev.length; i++) {
      prev[i].classList.remove("active");
      prev[i].setAttribute("aria-expanded", "false");
    }
    if (refocus && was) { suppress = true; was.focus(); suppress = false; }
  }

  function openTo(hash) {
    // open every closed <details> around the element a fragment link points to
    if (!hash || hash.charAt(0) !== "#") { return; }
    var target = document.getElementById(decodeURIComponent(hash.slice(1)));
    for (var n = target; n; n = n.parentElement) {
      if (n.tagName === "DETAILS") { n.open = true; }
    }
  }

  document.addEventListener("click", function (ev) {
    var t = ev.target;
    var a = t && t.closest ? t.closest("a.cite") : null;
    if (a) {
      ev.preventDefault();
      if (pinned === a) { hide(true); } else { show(a, true); }
      return;
    }
    if (pinned && !pop.contains(t)) { hide(true); }
    var link = t && t.closest ? t.closest("a[href^='#']") : null;
    if (link) { openTo(link.getAttribute("href")); }
  });
  openTo(window.location.hash);
  window.addEventListener("hashchange", function () { openTo(window.location.hash); });
  document.addEventListener("mouseover", function (ev) {
    var a = ev.target && ev.target.closest ? ev.target.closest("a.cite") : null;
    if (a && !pinned) {
      clearTimeout(hoverTimer);
      hoverTimer = setTimeout(function () { show(a, false); }, 120);
    }
  });
  document.addEventListener("mouseout", function (ev) {
    var a = ev.target && ev.target.closest ? ev.target.closest("a.cite") : null;
    if (a && !pinned) {
      clearTimeout(hoverTimer);
      var to = ev.relatedTarget;
      if (!(to && pop.contains(to))) { hoverTimer = setTimeout(function () { hide(false); }, 200); }
    }
  });
  pop.addEventListener("mouseleave", function () { if (!pinned) { hide(false); } });
  pop.addEventListener("mouseenter", function () { clearTimeout(hoverTimer); });
  document.addEventListener("focusin", function (ev) {
    var a = ev.target && ev.target.closest ? ev.target.closest("a.cite") : null;
    if (a && !pinned && !suppress) { show(a, false); }
  });
  document.addEventListener("focusout", function (ev) {
    var a = ev.target && ev.target.closest ? ev.target.closest("a.cite") : null;
    if (a && !pinned && !(ev.relatedTarget && pop.contains(ev.relatedTarget))) { hide(false); }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { hide(true, true); }
  });
  window.addEventListener("beforeprint", function () {
    hide(true);
    var ds = document.querySelectorAll("details");
    for (var i = 0; i < ds.length; i++) { ds[i].open = true; }
  });
  document.documentElement.classList.add("js");
})();
