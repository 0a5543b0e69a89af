/*
 * Concord's charts: draws the figures a page carries in <script type="application/json"> blocks with Apache
 * ECharts. Pages show the same figures in tables, so without JavaScript nothing is lost; .chart elements stay
 * hidden until this file runs. No HTML tooltips (the content security policy forbids their inline styles):
 * tooltips are drawn on the canvas (renderMode 'richText').
 */
(function () {
    'use strict';
    if (typeof window.echarts === 'undefined') {
        return;
    }
    document.documentElement.classList.add('charts');

    // the page's formatting locale (data-locale, set by the server: Arabic with Latin digits, as every page
    // writes numbers), so the charts' figures read like the tables beside them
    var lang = document.documentElement.dataset.locale || document.documentElement.lang || 'en';
    var rtl = document.documentElement.dir === 'rtl';
    var whole = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
    var compact = new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 });
    var font = getComputedStyle(document.body).fontFamily;

    function data(el) {
        var source = document.getElementById(el.dataset.source);
        return source ? JSON.parse(source.textContent) : null;
    }

    function usd(value) {
        return '≈ ' + whole.format(value) + ' USD';
    }

    function init(el) {
        var chart = echarts.init(el, null, { renderer: 'canvas' });
        window.addEventListener('resize', function () { chart.resize(); });
        return chart;
    }

    function base() {
        return {
            textStyle: { fontFamily: font },
            aria: { enabled: true },
            animation: false
        };
    }

    function timeline(el) {
        var d = data(el);
        if (!d || !d.items.length) {
            return;
        }
        var today = new Date().toISOString().slice(0, 10);
        el.style.height = Math.max(160, d.items.length * 26 + 70) + 'px';
        var chart = init(el);
        var rows = d.items.map(function (item, i) {
            return {
                value: [i, item.start, item.end || today, item.title, item.area || '', item.end ? item.end : null],
                itemStyle: { color: item.colour }
            };
        });
        var option = base();
        option.grid = { left: rtl ? 10 : 12, right: rtl ? 12 : 10, top: 30, bottom: 30, containLabel: true };
        option.tooltip = {
            renderMode: 'richText',
            formatter: function (p) {
                var v = p.value;
                return v[3] + '\n' + v[4] + '\n' + el.dataset.labelStart + ': ' + v[1] + '\n'
                    + el.dataset.labelEnd + ': ' + (v[5] || el.dataset.labelOngoing);
            }
        };
        option.xAxis = {
            type: 'time', position: 'top', inverse: rtl, splitLine: { show: true },
            splitNumber: el.clientWidth < 500 ? 3 : 6,
            // labels show years only: a tick every half year would print each year twice
            minInterval: 365 * 24 * 3600 * 1000,
            axisLabel: { hideOverlap: true, formatter: '{yyyy}' }
        };
        option.yAxis = {
            type: 'category', inverse: true, position: rtl ? 'right' : 'left',
            data: d.items.map(function (item) { return item.title; }),
            axisLabel: {
                width: Math.min(220, el.clientWidth * 0.35), overflow: 'truncate'
            }
        };
        option.series = [{
            type: 'custom',
            encode: { x: [1, 2], y: 0 },
            data: rows,
            renderItem: function (params, api) {
                var start = api.coord([api.value(1), api.value(0)]);
                var end = api.coord([api.value(2), api.value(0)]);
                var height = api.size([0, 1])[1] * 0.6;
                var x = Math.min(start[0], end[0]);
                var rect = echarts.graphic.clipRectByRect(
                    { x: x, y: start[1] - height / 2, width: Math.max(2, Math.abs(end[0] - start[0])), height: height },
                    { x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height });
                return rect && { type: 'rect', shape: rect, style: api.style() };
            }
        }];
        chart.setOption(option);
    }

    function donors(el) {
        var d = data(el);
        if (!d || !d.series.length) {
            return;
        }
        var chart = init(el);
        var option = base();
        option.legend = { type: 'scroll', bottom: 0 };
        option.grid = { left: 10, right: 10, top: 20, bottom: 50, containLabel: true };
        option.tooltip = {
            renderMode: 'richText', trigger: 'item',
            formatter: function (p) { return p.seriesName + '\n' + p.name + ': ' + usd(p.value); }
        };
        option.xAxis = { type: 'category', data: d.years.map(String), inverse: rtl };
        option.yAxis = {
            type: 'value', position: rtl ? 'right' : 'left',
            axisLabel: { formatter: function (v) { return compact.format(v); } }
        };
        option.series = d.series.map(function (s) {
            return { type: 'bar', name: s.name, stack: 'donors', data: s.values };
        });
        chart.setOption(option);
    }

    function worldMap(el) {
        var d = data(el);
        if (!d) {
            return;
        }
        var select = document.querySelector('[data-map-measure]');
        var measure = select ? select.value : d.measure;
        var names = {};
        d.items.forEach(function (item) { names[item.code] = item.name; });
        fetch(el.dataset.geo, { credentials: 'same-origin' })
            .then(function (response) { return response.json(); })
            .then(function (geo) {
                echarts.registerMap('world', geo);
                var chart = init(el);
                function draw() {
                    var values = d.items.map(function (item) {
                        return { name: item.code, value: measure === 'budget' ? item.budget : item.activities };
                    });
                    var max = values.reduce(function (m, v) { return Math.max(m, v.value); }, 0);
                    var label = measure === 'budget' ? el.dataset.labelBudget : el.dataset.labelActivities;
                    var option = base();
                    option.tooltip = {
                        renderMode: 'richText', trigger: 'item',
                        formatter: function (p) {
                            var name = names[p.name] || p.name;
                            if (p.value === undefined || isNaN(p.value)) {
                                return name + '\n' + el.dataset.labelNone;
                            }
                            return name + '\n' + label + ': ' + (measure === 'budget' ? usd(p.value) : whole.format(p.value));
                        }
                    };
                    option.visualMap = {
                        min: 0, max: Math.max(1, max), calculable: false, orient: 'horizontal',
                        left: 'center', bottom: 0, text: [measure === 'budget' ? compact.format(max) : whole.format(max), '0'],
                        inRange: { color: ['#d6e6f5', '#6aa3d5', '#0b4f8a', '#062a4a'] }
                    };
                    option.series = [{
                        type: 'map', map: 'world', roam: true, name: label,
                        top: 10, bottom: 40, left: 0, right: 0,
                        itemStyle: { areaColor: '#eef1f4', borderColor: '#9aa5b1', borderWidth: 0.5 },
                        emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffbf47' } },
                        select: { disabled: true },
                        data: values
                    }];
                    chart.setOption(option, true);
                }
                draw();
                chart.on('click', function (p) {
                    if (p.name && /^[A-Z]{2}$/.test(p.name)) {
                        window.location.href = el.dataset.href + p.name;
                    }
                });
                if (select) {
                    select.addEventListener('change', function () {
                        measure = select.value;
                        var url = new URL(window.location.href);
                        url.searchParams.set('measure', measure);
                        window.history.replaceState(null, '', url);
                        draw();
                    });
                }
            })
            .catch(function () { el.hidden = true; });
    }

    var kinds = { timeline: timeline, donors: donors, map: worldMap };
    document.querySelectorAll('[data-chart]').forEach(function (el) {
        var draw = kinds[el.dataset.chart];
        if (draw) {
            draw(el);
        }
    });
})();
