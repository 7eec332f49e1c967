// Applies the reader's saved theme before first paint (loaded in <head>, so no inline script is needed).
(function () {
  // Scripts run: CSS shows the theme toggle from the first paint instead of when site.js wires it up, which would
  // push the header (and the whole page below it) down on narrow screens.
  document.documentElement.classList.add("js");
  try {
    var saved = localStorage.getItem("theme");
    if (saved === "dark" || saved === "light") document.documentElement.setAttribute("data-theme", saved);
  } catch (e) { /* storage may be blocked; the system preference applies */ }
})();
