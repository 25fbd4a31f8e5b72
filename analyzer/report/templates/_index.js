(function () {
  "use strict";
  var table = document.getElementById("articles");
  if (!table || !table.tBodies.length || !table.tHead) { return; }
  var tbody = table.tBodies[0];
  var headers = table.tHead.rows[0].cells;
  var each = Array.prototype.forEach;

  function key(row, col, type) {
    var cell = row.cells[col];
    var raw = cell ? cell.getAttribute("data-value") : null;
    if (raw === null) { raw = cell ? cell.textContent : ""; }
    if (type === "num") {
      var n = parseFloat(raw);
      return isNaN(n) ? null : n;
    }
    return raw.toLowerCase();
  }

  function sortBy(th, col, type) {
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    each.call(headers, function (h) {
      if (h.hasAttribute("aria-sort")) { h.setAttribute("aria-sort", "none"); }
    });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var rows = Array.prototype.slice.call(tbody.rows);
    rows.sort(function (a, b) {
      var x = key(a, col, type), y = key(b, col, type);
      if (x === null || y === null) { return (x === null) - (y === null); }
      var order = x < y ? -1 : (x > y ? 1 : 0);
      return ascending ? order : -order;
    });
    rows.forEach(function (r) { tbody.appendChild(r); });
  }

  each.call(headers, function (th, col) {
    var type = th.getAttribute("data-sort");
    if (!type) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "sort";
    while (th.firstChild) { button.appendChild(th.firstChild); }
    th.appendChild(button);
    th.setAttribute("aria-sort", "none");
    button.addEventListener("click", function () { sortBy(th, col, type); });
  });

  var box = document.getElementById("filters");
  var select = document.getElementById("outlet-filter");
  var count = document.getElementById("filter-count");
  if (!box || !select) { return; }
  box.hidden = false;
  select.addEventListener("change", function () {
    var want = select.value, shown = 0;
    each.call(tbody.rows, function (r) {
      var keep = !want || r.getAttribute("data-outlet") === want;
      r.hidden = !keep;
      if (keep) { shown += 1; }
    });
    if (count) { count.textContent = shown + " of " + tbody.rows.length + " articles shown"; }
  });
}());
