/*
 * The domestic ownership curve: external and national shares of an institution's funding per year, stacked to
 * 100 %, drawn with ECharts from the JSON its page carries. The page shows the same figures in a table.
 */
(function () {
    'use strict';
    // deferred scripts run in document order and a page may load this before ECharts: draw once all have run
    if (document.readyState === 'complete') {
        draw();
    } else {
        document.addEventListener('DOMContentLoaded', draw);
    }
    function draw() {
    if (typeof window.echarts === 'undefined') {
        return;
    }
    var rtl = document.documentElement.dir === 'rtl';
    var lang = document.documentElement.dataset.locale || document.documentElement.lang || 'en';
    var percent = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    document.querySelectorAll('[data-chart="ownership"]').forEach(function (el) {
        var source = document.getElementById(el.dataset.source);
        var d = source ? JSON.parse(source.textContent) : null;
        if (!d || !d.years.length) {
            return;
        }
        var chart = echarts.init(el, null, { renderer: 'canvas' });
        window.addEventListener('resize', function () { chart.resize(); });
        // a chart in a closed <details> has no size until it opens
        var details = el.closest('details');
        if (details) {
            details.addEventListener('toggle', function () { chart.resize(); });
        }
        function series(name, values, colour) {
            return {
                type: 'line', name: name, stack: 'shares', areaStyle: { color: colour }, lineStyle: { color: colour },
                itemStyle: { color: colour }, symbol: 'circle', data: values
            };
        }
        chart.setOption({
            textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
            aria: { enabled: true },
            animation: false,
            legend: { bottom: 0 },
            grid: { left: 10, right: 10, top: 20, bottom: 40, containLabel: true },
            tooltip: {
                renderMode: 'richText', trigger: 'axis',
                valueFormatter: function (v) { return v === null ? '' : percent.format(v) + ' %'; }
            },
            xAxis: { type: 'category', data: d.years.map(String), inverse: rtl, boundaryGap: false },
            yAxis: {
                type: 'value', min: 0, max: 100, position: rtl ? 'right' : 'left',
                axisLabel: { formatter: function (v) { return percent.format(v) + ' %'; } }
            },
            series: [series(el.dataset.labelExternal, d.external, '#b35900'),
                     series(el.dataset.labelNational, d.national, '#1d6b3a')]
        });
    });
    }
})();
