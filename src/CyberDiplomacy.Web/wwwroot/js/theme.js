// Applies the reader's saved theme before first paint (loaded in <head>, so no inline script is needed).
(function () {
  try {
    var saved = localStorage.getItem("theme");
    if (saved === "dark" || saved === "light") document.documentElement.setAttribute("data-theme", saved);
  } catch (e) { /* storage may be blocked; the system preference applies */ }
})();
