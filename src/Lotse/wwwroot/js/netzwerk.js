// Network view: on hover or keyboard focus of an actor, highlight it, its lines and its neighbours. The page works without it.
(function () {
  "use strict";
  var svg = document.getElementById("netzwerk-grafik");
  if (!svg) return;
  var edges = Array.prototype.slice.call(svg.querySelectorAll("[data-edge]"));
  var nodes = {};
  Array.prototype.forEach.call(svg.querySelectorAll("[data-node]"), function (n) { nodes[n.getAttribute("data-node")] = n; });

  function clear() {
    svg.classList.remove("lotse-network--active");
    Array.prototype.forEach.call(svg.querySelectorAll(".is-near"), function (e) { e.classList.remove("is-near"); });
  }

  function highlight(id) {
    clear();
    svg.classList.add("lotse-network--active");
    nodes[id].classList.add("is-near");
    edges.forEach(function (edge) {
      var from = edge.getAttribute("data-from"), to = edge.getAttribute("data-to");
      if (from !== id && to !== id) return;
      edge.classList.add("is-near");
      var other = nodes[from === id ? to : from];
      if (other) other.classList.add("is-near");
    });
  }

  Object.keys(nodes).forEach(function (id) {
    var node = nodes[id];
    node.addEventListener("mouseenter", function () { highlight(id); });
    node.addEventListener("focus", function () { highlight(id); });
    node.addEventListener("mouseleave", clear);
    node.addEventListener("blur", clear);
  });
})();
