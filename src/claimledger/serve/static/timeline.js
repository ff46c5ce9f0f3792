// The timeline chart: Vega-Lite over the moments the page embeds as JSON (#timeline-data).
// Vega runs with its expression interpreter (ast: true), so the chart needs no eval under the CSP.
(function () {
  "use strict";

  function draw() {
    var chart = document.getElementById("chart");
    var data = document.getElementById("timeline-data");
    if (!chart || !data) return;
    var moments = JSON.parse(data.textContent);
    var values = moments
      .filter(function (m) { return m.day; })
      .map(function (m) {
        return { day: m.day, kind: m.kind, summary: m.summary, source: m.source, outlet: m.outlet || "" };
      });
    if (!values.length) {
      chart.textContent = "Nothing with a date to chart.";
      chart.setAttribute("data-rendered", "empty");
      return;
    }
    var days = values.map(function (v) { return Date.parse(v.day); });
    var span = (Math.max.apply(null, days) - Math.min.apply(null, days)) / 86400000;
    var axis = { format: "%Y-%m-%d", labelAngle: 0, labelOverlap: true };
    if (span < 14) axis.tickCount = { interval: "day", step: 1 };  // else Vega picks weeks, months, years
    var spec = {
      width: "container",
      autosize: { type: "fit", contains: "padding" },
      height: 200,
      data: { values: values },
      mark: { type: "circle", size: 110, opacity: 0.75, cursor: "pointer" },
      encoding: {
        x: { field: "day", type: "temporal", title: null, axis: axis, scale: { padding: 24 } },
        y: { field: "kind", type: "nominal", title: null, sort: ["event", "claim", "statement"] },
        color: { field: "kind", type: "nominal", legend: null },
        yOffset: { field: "source", type: "nominal" },
        tooltip: [
          { field: "day", type: "temporal", title: "date", format: "%Y-%m-%d" },
          { field: "summary", title: "what" },
          { field: "outlet", title: "outlet" },
          { field: "source", title: "article" }
        ]
      },
      config: { view: { stroke: null }, axis: { labelFontSize: 12 } }
    };
    var options = {
      mode: "vega-lite",
      ast: true,
      actions: false,
      renderer: "svg",
      defaultStyle: false,
      tooltip: { disableDefaultStyle: true }
    };
    vegaEmbed(chart, spec, options)
      .then(function (result) {
        result.view.addEventListener("click", function (event, item) {
          if (item && item.datum && item.datum.source) {
            window.location.href = "/articles/" + encodeURIComponent(item.datum.source);
          }
        });
        chart.setAttribute("data-rendered", String(values.length));
      })
      .catch(function (error) {
        chart.textContent = "The chart could not be drawn: " + error.message;
        chart.setAttribute("data-rendered", "error");
      });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", draw);
  else draw();
})();
