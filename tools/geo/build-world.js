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
// A ring that crosses the antimeridian (Russia's Chukotka, Fiji) would be drawn as a band across the whole map:
// its points on the minority side are moved onto the 180th meridian instead.
const antimeridian = ring => {
    const crosses = ring.some((c, i) => i > 0 && Math.abs(c[0] - ring[i - 1][0]) > 180);
    if (!crosses) return ring;
    const east = ring.filter(c => c[0] > 0).length >= ring.length / 2;
    return ring.map(c => east && c[0] < 0 ? [180, c[1]] : !east && c[0] > 0 ? [-180, c[1]] : c);
};
const fix = polygon => polygon.map(antimeridian);
const polygons = {};
const collection = topojson.feature(topology, topology.objects.countries);
for (const f of collection.features) {
    const code = f.id ? alpha2[f.id] : byName[f.properties.name];
    if (code === 'AQ') {
        continue; // no SSR activity; leaving it out gives the inhabited world more room
    }
    if (!code) {
        console.warn('skipped', f.id, f.properties.name);
        continue;
    }
    const list = polygons[code] || (polygons[code] = []);
    if (f.geometry.type === 'Polygon') list.push(fix(round(f.geometry.coordinates)));
    else f.geometry.coordinates.forEach(p => list.push(fix(round(p))));
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
