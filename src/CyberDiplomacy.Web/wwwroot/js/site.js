// Progressive enhancements; every page works without this file.
(function () {
  "use strict";

  // ---- Theme toggle -------------------------------------------------------------
  function currentTheme() {
    var set = document.documentElement.getAttribute("data-theme");
    if (set) return set;
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }
  function initThemeToggle() {
    var button = document.querySelector(".theme-toggle");
    if (!button) return;
    function render() {
      var dark = currentTheme() === "dark";
      button.setAttribute("aria-pressed", dark ? "true" : "false");
      button.textContent = button.getAttribute("data-label-dark");
    }
    button.hidden = false;
    render();
    button.addEventListener("click", function () {
      var next = currentTheme() === "dark" ? "light" : "dark";
      document.documentElement.setAttribute("data-theme", next);
      try { localStorage.setItem("theme", next); } catch (e) { /* ignore */ }
      render();
    });
  }

  // ---- Search shortcuts: "/" and Ctrl/Cmd+K ---------------------------------------
  function isTyping(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }
  function initShortcuts() {
    document.addEventListener("keydown", function (event) {
      var input = document.getElementById("site-search-input");
      if (!input) return;
      var commandK = (event.ctrlKey || event.metaKey) && (event.key === "k" || event.key === "K");
      if (commandK || (event.key === "/" && !isTyping(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey)) {
        event.preventDefault();
        input.focus();
        input.select();
      }
    });
  }

  // ---- Typeahead: ARIA 1.2 combobox with a listbox popup ----------------------------
  var comboboxCount = 0;
  function initCombobox(input) {
    var url = input.getAttribute("data-suggest-url");
    if (!url) return;
    comboboxCount += 1;
    var listbox = document.createElement("ul");
    listbox.id = "suggestions-" + comboboxCount;
    listbox.className = "suggest-list";
    listbox.setAttribute("role", "listbox");
    listbox.setAttribute("aria-label", input.getAttribute("data-listbox-label") || "Suggestions");
    listbox.hidden = true;
    input.parentNode.appendChild(listbox);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listbox.id);

    var items = [];
    var active = -1;
    var timer = null;
    var requestId = 0;

    function close() {
      listbox.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }
    function setActive(index) {
      var options = listbox.querySelectorAll("[role=option]");
      options.forEach(function (option, i) { option.setAttribute("aria-selected", i === index ? "true" : "false"); });
      active = index;
      if (index >= 0 && options[index]) input.setAttribute("aria-activedescendant", options[index].id);
      else input.removeAttribute("aria-activedescendant");
    }
    function render(list) {
      items = list;
      listbox.textContent = "";
      list.forEach(function (item, i) {
        var option = document.createElement("li");
        option.id = listbox.id + "-" + i;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        var title = document.createElement("span");
        title.textContent = item.title;
        var kind = document.createElement("span");
        kind.className = "suggest-kind";
        kind.textContent = item.type === "term" ? (document.documentElement.lang === "en" ? "term" : "istilah") : (document.documentElement.lang === "en" ? "article" : "artikel");
        option.appendChild(title);
        option.appendChild(kind);
        option.addEventListener("mousedown", function (event) { event.preventDefault(); window.location.assign(item.url); });
        listbox.appendChild(option);
      });
      if (list.length === 0) { close(); return; }
      listbox.hidden = false;
      input.setAttribute("aria-expanded", "true");
      setActive(-1);
    }
    function fetchSuggestions() {
      var value = input.value.trim();
      if (value.length < 1) { close(); return; }
      var id = ++requestId;
      fetch(url + "?q=" + encodeURIComponent(value), { headers: { Accept: "application/json" } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (list) { if (id === requestId && document.activeElement === input) render(list); })
        .catch(function () { close(); });
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, 120);
    });
    input.addEventListener("keydown", function (event) {
      var open = !listbox.hidden;
      if (event.key === "ArrowDown") {
        event.preventDefault();
        if (!open) { fetchSuggestions(); return; }
        setActive(active + 1 >= items.length ? 0 : active + 1);
      } else if (event.key === "ArrowUp") {
        if (!open) return;
        event.preventDefault();
        setActive(active - 1 < 0 ? items.length - 1 : active - 1);
      } else if (event.key === "Enter") {
        if (open && active >= 0 && items[active]) {
          event.preventDefault();
          window.location.assign(items[active].url);
        }
      } else if (event.key === "Escape") {
        if (open) { event.preventDefault(); close(); }
        else if (input.value) { event.preventDefault(); input.value = ""; }
      }
    });
    input.addEventListener("blur", function () { setTimeout(close, 100); });
  }

  // ---- Glossary tooltips (WCAG 1.4.13: hoverable, dismissable, persistent) ------------
  // Definitions are fetched when a reader first points at or focuses a term (once per term and page), not sent with
  // every article: the link's href names the term, and without the script it leads to the term's page.
  function initTermTooltips() {
    var links = document.querySelectorAll("a.term-link");
    if (links.length === 0) return;
    var tooltip = document.createElement("div");
    tooltip.className = "term-tooltip";
    tooltip.id = "term-tooltip";
    tooltip.setAttribute("role", "tooltip");
    tooltip.hidden = true;
    document.body.appendChild(tooltip);
    var owner = null;
    var hideTimer = null;
    var definitions = {};

    function slugOf(link) {
      var match = /^\/glossary\/([a-z0-9-]+)$/.exec(link.getAttribute("href") || "");
      return match ? match[1] : null;
    }
    function definitionOf(slug) {
      if (!definitions[slug]) {
        definitions[slug] = fetch("/api/glossary/" + slug, { headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : null; })
          .then(function (term) { return term && term.definition ? term.definition : null; })
          .catch(function () { return null; });
        // A failed fetch (offline, rate limit) is tried again on the next hover rather than remembered.
        definitions[slug].then(function (text) { if (text === null) delete definitions[slug]; });
      }
      return definitions[slug];
    }
    function show(link) {
      var slug = slugOf(link);
      if (!slug) return;
      clearTimeout(hideTimer);
      owner = link;
      definitionOf(slug).then(function (text) {
        if (owner !== link || text === null) return;
        tooltip.textContent = "";
        var name = document.createElement("strong");
        name.textContent = link.textContent;
        tooltip.appendChild(name);
        var definition = document.createElement("span");
        definition.lang = "id";
        definition.textContent = text;
        tooltip.appendChild(definition);
        tooltip.hidden = false;
        link.setAttribute("aria-describedby", tooltip.id);
        var rect = link.getBoundingClientRect();
        var width = tooltip.offsetWidth;
        var left = Math.min(Math.max(8, rect.left + window.scrollX), window.scrollX + document.documentElement.clientWidth - width - 8);
        tooltip.style.left = left + "px";
        tooltip.style.top = (rect.bottom + window.scrollY + 6) + "px";
      });
    }
    function hide() {
      tooltip.hidden = true;
      if (owner) owner.removeAttribute("aria-describedby");
      owner = null;
    }
    function hideSoon() { clearTimeout(hideTimer); hideTimer = setTimeout(hide, 250); }

    links.forEach(function (link) {
      link.addEventListener("mouseenter", function () { show(link); });
      link.addEventListener("mouseleave", hideSoon);
      link.addEventListener("focus", function () { show(link); });
      link.addEventListener("blur", hideSoon);
      link.addEventListener("touchend", function (event) {
        // First tap shows the definition; a second tap on the same term follows the link.
        if (owner !== link || tooltip.hidden) { event.preventDefault(); show(link); }
      });
    });
    tooltip.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
    tooltip.addEventListener("mouseleave", hideSoon);
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && !tooltip.hidden) hide();
    });
    document.addEventListener("touchstart", function (event) {
      if (!tooltip.hidden && owner && !owner.contains(event.target) && !tooltip.contains(event.target)) hide();
    }, { passive: true });
  }

  // ---- Glossary filter-as-you-type -----------------------------------------------
  // The form is in the page from the start (it filters on the server without JavaScript); this only makes it live,
  // so nothing appears or moves when the script runs.
  function initGlossaryFilter() {
    var form = document.querySelector("form.glossary-filter");
    var input = document.getElementById("glossary-filter-input");
    if (!form || !input) return;
    var entries = Array.prototype.slice.call(document.querySelectorAll(".glossary-entry"));
    var groups = document.querySelectorAll(".letter-group");
    var status = document.getElementById("glossary-filter-status");
    var template = status.getAttribute("data-template") || "{0}";
    input.addEventListener("input", function () {
      var query = input.value.trim().toLowerCase();
      var shown = 0;
      entries.forEach(function (entry) {
        var match = !query || entry.getAttribute("data-filter-text").indexOf(query) >= 0;
        entry.hidden = !match;
        if (match) shown += 1;
      });
      groups.forEach(function (group) { group.hidden = !group.querySelector(".glossary-entry:not([hidden])"); });
      status.textContent = query ? template.replace("{0}", String(shown)) : "";
    });
    form.addEventListener("submit", function (event) {
      // The list already shows the result: keep it in the address instead of loading the page again.
      event.preventDefault();
      var query = input.value.trim();
      history.replaceState(null, "", form.getAttribute("action") + (query ? "?q=" + encodeURIComponent(query) : ""));
    });
  }

  // ---- Offline reading: a service worker keeps the pages a reader opens (wwwroot/sw.js) ----
  function registerOfflineReading() {
    if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
    function register() {
      navigator.serviceWorker.register("/sw.js").catch(function () { /* reading online works without it */ });
    }
    // After the page has loaded: the worker's precaching must not compete with the page's own requests.
    if (document.readyState === "complete") register();
    else window.addEventListener("load", register);
  }

  // ---- Print buttons (briefing packs): the page says how to print without them --------
  function initPrintButtons() {
    document.querySelectorAll("button[data-print]").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () { window.print(); });
    });
  }

  function init() {
    initThemeToggle();
    initShortcuts();
    document.querySelectorAll("input.search-input[data-suggest-url]").forEach(initCombobox);
    initTermTooltips();
    initGlossaryFilter();
    initPrintButtons();
    registerOfflineReading();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
