// The incident map: tiles when the server names a tile URL, otherwise country outlines shipped with sitrep.
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || typeof L === "undefined") { return; }
  var lat = parseFloat(el.dataset.lat), lon = parseFloat(el.dataset.lon);
  var known = !isNaN(lat) && !isNaN(lon);
  var map = L.map(el, { worldCopyJump: true, attributionControl: true });
  map.setView(known ? [lat, lon] : [20, 0], known ? (el.dataset.tiles ? 10 : 5) : 2);
  if (el.dataset.tiles) {
    L.tileLayer(el.dataset.tiles, { maxZoom: 18, attribution: el.dataset.attribution || "" }).addTo(map);
  } else {
    map.attributionControl.addAttribution("outlines: Natural Earth");
    fetch(el.dataset.world).then(function (r) { return r.json(); }).then(function (world) {
      L.geoJSON(world, { style: { color: "#7a8699", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 },
                         interactive: false }).addTo(map);
      if (marker) { marker.bringToFront(); }
    }).catch(function () { el.classList.add("no-outlines"); });
  }
  var marker = null;
  if (known) {
    marker = L.circleMarker([lat, lon], { radius: 8, color: "#7a1010", weight: 2, fillColor: "#d92d20", fillOpacity: 0.9 })
      .addTo(map);
    var label = document.createElement("span");
    label.textContent = el.dataset.label || "";  // as text: Leaflet would read a string as HTML
    marker.bindTooltip(label);
  }
})();
