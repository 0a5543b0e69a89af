// Builds src/main/resources/static/geo/world-110m.geojson from the npm package world-atlas (Natural Earth
// 1:110m Admin 0 countries, TopoJSON) with topojson-client, keying each country by ISO 3166-1 alpha-2 (the
// feature's "name" property, which ECharts uses as the region's name). Run once, by hand, when the source
// changes; the application never downloads shapes:
//
//   npm install --prefix /tmp/geo world-atlas@2.0.2 topojson-client@3.1.0
//   NODE_PATH=/tmp/geo/node_modules node tools/geo/build-world.js
const fs = require('fs');
const path = require('path');
const topojson = require('topojson-client');
const topology = require('world-atlas/countries-110m.json');

const root = path.join(__dirname, '..', '..');
// ISO numeric → alpha-2 from Concord's own country table (V1 migration, generated from CLDR)
const sql = fs.readFileSync(path.join(root, 'src/main/resources/db/migration/V1__shared_countries.sql'), 'utf8');
const alpha2 = {};
for (const m of sql.matchAll(/^\s*\('([A-Z]{2})', '[A-Z]{3}', '(\d{3})'/gm)) {
    if (m[2] !== '000') alpha2[m[2]] = m[1];
}
// Natural Earth features without an ISO numeric code: Kosovo has the user-assigned code XK; the other two
// are drawn within the UN member state whose territory they are.
const byName = { 'Kosovo': 'XK', 'N. Cyprus': 'CY', 'Somaliland': 'SO' };

const round = c => Array.isArray(c[0]) ? c.map(round) : [Math.round(c[0] * 1000) / 1000, Math.round(c[1] * 1000) / 1000];
const polygons = {};
const collection = topojson.feature(topology, topology.objects.countries);
for (const f of collection.features) {
    const code = f.id ? alpha2[f.id] : byName[f.properties.name];
    if (!code) {
        console.warn('skipped', f.id, f.properties.name);
        continue;
    }
    const list = polygons[code] || (polygons[code] = []);
    if (f.geometry.type === 'Polygon') list.push(round(f.geometry.coordinates));
    else f.geometry.coordinates.forEach(p => list.push(round(p)));
}
const features = Object.keys(polygons).sort().map(code => ({
    type: 'Feature',
    properties: { name: code },
    geometry: polygons[code].length === 1 ? { type: 'Polygon', coordinates: polygons[code][0] }
        : { type: 'MultiPolygon', coordinates: polygons[code] }
}));
const out = path.join(root, 'src/main/resources/static/geo/world-110m.geojson');
fs.writeFileSync(out, JSON.stringify({ type: 'FeatureCollection', features }));
console.log(features.length, 'countries,', fs.statSync(out).size, 'bytes');
