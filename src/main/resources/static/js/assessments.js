/*
 * The chart of an institution's overall assessment scores over time (the peer review's, 0-100), drawn with Apache
 * ECharts from the page's <script type="application/json"> block. The history table beside it holds the same
 * figures, so without JavaScript nothing is lost; the chart stays hidden until this file runs.
 */
(function () {
    'use strict';
    if (typeof window.echarts === 'undefined') {
        return;
    }
    document.documentElement.classList.add('charts');
    var rtl = document.documentElement.dir === 'rtl';
    document.querySelectorAll('[data-chart="assessment-scores"]').forEach(function (el) {
        var source = document.getElementById(el.dataset.source);
        var points = source ? JSON.parse(source.textContent) : [];
        if (!points.length) {
            return;
        }
        var chart = echarts.init(el, null, { renderer: 'canvas' });
        window.addEventListener('resize', function () { chart.resize(); });
        chart.setOption({
            textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
            aria: { enabled: true },
            animation: false,
            grid: { left: 12, right: 12, top: 24, bottom: 30, containLabel: true },
            tooltip: { trigger: 'axis', renderMode: 'richText' },
            xAxis: { type: 'category', inverse: rtl, data: points.map(function (p) { return p.date; }) },
            yAxis: { type: 'value', min: 0, max: 100, position: rtl ? 'right' : 'left' },
            series: [{
                type: 'line',
                data: points.map(function (p) { return p.score; }),
                label: { show: true, formatter: function (p) { return points[p.dataIndex].band + ' ' + p.value; } }
            }]
        });
    });
})();
