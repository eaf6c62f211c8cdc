(function () {
  "use strict";
  /* Sort (click a header) and filter (type in the box) the tables written by helpers.report.show_table.
     Reads and reorders existing cells only: no text is ever parsed as HTML. */
  function cellValue(row, i) {
    var cell = row.cells[i];
    var text = cell ? cell.textContent.trim() : "";
    var num = Number(text.replace(/,/g, ""));
    return text !== "" && !isNaN(num) ? num : text.toLowerCase();
  }
  function sortBy(table, th, i) {
    var body = table.tBodies[0];
    if (!body) { return; }
    var asc = th.getAttribute("aria-sort") !== "ascending";
    var heads = table.tHead.rows[0].cells;
    for (var k = 0; k < heads.length; k++) { heads[k].removeAttribute("aria-sort"); }
    th.setAttribute("aria-sort", asc ? "ascending" : "descending");
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, i), y = cellValue(b, i);
      if (typeof x !== typeof y) { x = String(x); y = String(y); }
      return (x < y ? -1 : x > y ? 1 : 0) * (asc ? 1 : -1);
    });
    rows.forEach(function (r) { body.appendChild(r); });
  }
  function filterRows(table, query) {
    var q = query.trim().toLowerCase();
    var body = table.tBodies[0];
    if (!body) { return; }
    Array.prototype.forEach.call(body.rows, function (r) {
      r.hidden = q !== "" && r.textContent.toLowerCase().indexOf(q) === -1;
    });
  }
  document.querySelectorAll("table.report-table.sortable").forEach(function (table) {
    if (!table.tHead || !table.tHead.rows.length) { return; }
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, i) {
      th.title = "Click to sort";
      th.addEventListener("click", function () { sortBy(table, th, i); });
    });
    var wrap = table.closest(".report-table-wrap");
    var box = wrap ? wrap.querySelector("input.report-table-filter") : null;
    if (box) {
      box.hidden = false;
      box.addEventListener("input", function () { filterRows(table, box.value); });
    }
  });
})();
