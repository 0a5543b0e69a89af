/*
 * The oversight statistics chart: reports received by month, drawn with Apache ECharts from the page's JSON block.
 * A suppressed month (fewer than 5) comes as null and is drawn as a gap; the table beside the chart says the same.
 */
(function () {
    'use strict';
    if (typeof window.echarts === 'undefined') {
        return;
    }
    document.documentElement.classList.add('charts');
    var rtl = document.documentElement.dir === 'rtl';
    document.querySelectorAll('[data-chart="oversight-months"]').forEach(function (el) {
        var source = document.getElementById(el.dataset.source);
        var d = source ? JSON.parse(source.textContent) : null;
        if (!d || !d.labels.length) {
            return;
        }
        el.style.height = '280px';
        var chart = echarts.init(el, null, { renderer: 'canvas' });
        window.addEventListener('resize', function () { chart.resize(); });
        chart.setOption({
            textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
            aria: { enabled: true },
            animation: false,
            tooltip: { trigger: 'axis', renderMode: 'richText' },
            grid: { left: 12, right: 12, top: 20, bottom: 30, containLabel: true },
            xAxis: { type: 'category', data: d.labels, inverse: rtl },
            yAxis: { type: 'value', minInterval: 1, position: rtl ? 'right' : 'left' },
            series: [{ type: 'bar', data: d.values, itemStyle: { color: '#1f5f8b' } }]
        });
    });
})();
