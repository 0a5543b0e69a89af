/*
 * Scorecard trend charts: each indicator's verified values as a line, the published uncertainty (lower to upper
 * bound) as a shaded band, baseline and target as dashed lines. The page shows the same figures in tables, so
 * without JavaScript nothing is lost; .chart elements stay hidden until this file runs (concord.css).
 */
(function () {
    'use strict';
    if (typeof window.echarts === 'undefined') {
        return;
    }
    document.documentElement.classList.add('charts');
    var lang = document.documentElement.dataset.locale || document.documentElement.lang || 'en';
    var rtl = document.documentElement.dir === 'rtl';
    var number = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    var font = getComputedStyle(document.body).fontFamily;
    var sources = {};

    function items(id) {
        if (!sources[id]) {
            var el = document.getElementById(id);
            sources[id] = el ? JSON.parse(el.textContent).items : [];
        }
        return sources[id];
    }

    function num(v) {
        return v === null || v === undefined ? null : Number(v);
    }

    function trend(el) {
        var item = items(el.dataset.source).filter(function (i) { return String(i.id) === el.dataset.indicator; })[0];
        if (!item) {
            return;
        }
        var chart = echarts.init(el, null, { renderer: 'canvas' });
        window.addEventListener('resize', function () { chart.resize(); });
        var lower = item.lower.map(num);
        var band = item.upper.map(function (u, i) {
            return u === null || lower[i] === null ? null : num(u) - lower[i];
        });
        var hasBand = band.some(function (b) { return b !== null; });
        var marks = [];
        if (item.baseline !== null) {
            marks.push({ yAxis: num(item.baseline), name: el.dataset.labelBaseline });
        }
        if (item.target !== null) {
            marks.push({ yAxis: num(item.target), name: el.dataset.labelTarget });
        }
        var series = [];
        if (hasBand) {
            series.push({ type: 'line', data: lower, stack: 'band', symbol: 'none', lineStyle: { opacity: 0 },
                silent: true, name: '' });
            series.push({ type: 'line', data: band, stack: 'band', symbol: 'none', lineStyle: { opacity: 0 },
                areaStyle: { color: 'rgba(11, 79, 138, 0.18)' }, name: el.dataset.labelBand, silent: true });
        }
        series.push({
            type: 'line', data: item.values.map(num), name: el.dataset.labelValue, color: '#0b4f8a',
            symbolSize: 7, lineStyle: { width: 2 },
            markLine: marks.length ? { symbol: 'none', lineStyle: { type: 'dashed', color: '#4a5360' },
                label: { formatter: '{b}: {c}' }, data: marks } : undefined
        });
        chart.setOption({
            textStyle: { fontFamily: font }, aria: { enabled: true }, animation: false,
            grid: { left: 12, right: 12, top: 24, bottom: 24, containLabel: true },
            tooltip: {
                trigger: 'axis', renderMode: 'richText',
                formatter: function (ps) {
                    var i = ps[0].dataIndex;
                    var text = item.periods[i] + '\n' + el.dataset.labelValue + ': ' + number.format(num(item.values[i]));
                    if (lower[i] !== null && item.upper[i] !== null) {
                        text += '\n' + el.dataset.labelBand + ': ' + number.format(lower[i]) + ' – ' + number.format(num(item.upper[i]));
                    }
                    return text;
                }
            },
            xAxis: { type: 'category', data: item.periods, inverse: rtl, boundaryGap: false },
            yAxis: { type: 'value', scale: true, position: rtl ? 'right' : 'left',
                axisLabel: { formatter: function (v) { return number.format(v); } } },
            series: series
        });
    }

    document.querySelectorAll('.chart-trend[data-source]').forEach(trend);
})();
