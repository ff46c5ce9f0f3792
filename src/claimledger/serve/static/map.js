// The map of places: Leaflet drawing the world-atlas country outlines (no tile server) and one
// circle per geocoded place from the page's JSON (#map-data). Popups are DOM nodes filled with
// textContent: place names come from articles and are never parsed as HTML.
(function () {
  "use strict";

  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  function popup(p) {
    var box = el("div", null, { "class": "popup" });
    box.appendChild(el("strong", p.name));
    var facts = [p.kind, p.country].filter(Boolean).join(", ");
    if (facts) box.appendChild(el("div", facts));
    box.appendChild(el("div", p.mentions + " mention" + (p.mentions === 1 ? "" : "s") + " in " + p.articles + " article" + (p.articles === 1 ? "" : "s")));
    box.appendChild(el("a", "timeline of " + p.name, { href: "/timeline?place=" + encodeURIComponent(p.name) }));
    return box;
  }

  function draw() {
    var node = document.getElementById("map");
    var data = document.getElementById("map-data");
    if (!node || !data || typeof L === "undefined") return;
    var page = JSON.parse(data.textContent);
    var map = L.map(node, { worldCopyJump: true, minZoom: 1, maxZoom: 10, zoomSnap: 0.5 }).setView([35, 20], 2);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Outlines: Natural Earth via world-atlas");
    map.createPane("countries").style.zIndex = 250;

    var markers = L.featureGroup().addTo(map);
    var byName = {};
    page.geo.features.forEach(function (f) {
      var p = f.properties;
      var c = f.geometry.coordinates;
      var marker = L.circleMarker([c[1], c[0]], {
        radius: 5 + Math.min(12, 2 * Math.sqrt(p.mentions || 1)),
        color: "#8c2d19",
        weight: 1.5,
        fillColor: "#d9534f",
        fillOpacity: 0.65,
        className: "place-marker"
      });
      marker.bindPopup(popup(p));
      marker.bindTooltip(el("span", p.name));
      marker.addTo(markers);
      byName[p.name.toLowerCase()] = marker;
    });
    node.setAttribute("data-markers", String(markers.getLayers().length));

    var focus = page.focus && byName[page.focus.toLowerCase()];
    if (focus) {
      map.setView(focus.getLatLng(), 6);
      focus.openPopup();
      node.setAttribute("data-focus", page.focus);
    } else if (markers.getLayers().length) {
      map.fitBounds(markers.getBounds().pad(0.4), { maxZoom: 5 });
    }

    fetch(node.getAttribute("data-atlas"))
      .then(function (r) { return r.json(); })
      .then(function (world) {
        var countries = topojson.feature(world, world.objects.countries);
        L.geoJSON(countries, {
          pane: "countries",
          interactive: false,
          style: { color: "#7d8590", weight: 0.8, fillColor: "#eceae4", fillOpacity: 1 }
        }).addTo(map);
        node.setAttribute("data-outlines", String(countries.features.length));
      })
      .catch(function (error) {
        node.setAttribute("data-outlines", "error: " + error.message);
      });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", draw);
  else draw();
})();
