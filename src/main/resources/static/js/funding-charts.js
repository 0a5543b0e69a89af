/*
 * The tranche timeline of a funding agreement: planned and released amounts by date, drawn with Apache ECharts
 * from the page's <script type="application/json" id="tranche-data">. The table beside it holds the same figures,
 * so without JavaScript nothing is lost; the chart stays hidden until this file runs.
 */
(function () {
    'use strict';
    if (typeof window.echarts === 'undefined') {
        return;
    }
    document.documentElement.classList.add('charts');
    var lang = document.documentElement.dataset.locale || document.documentElement.lang || 'en';
    var rtl = document.documentElement.dir === 'rtl';
    var whole = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
    var font = getComputedStyle(document.body).fontFamily;

    document.querySelectorAll('[data-chart="tranches"]').forEach(function (el) {
        var source = document.getElementById(el.dataset.source);
        var d = source ? JSON.parse(source.textContent) : null;
        if (!d || !d.tranches.length) {
            return;
        }
        el.style.height = '260px';
        var chart = echarts.init(el, null, { renderer: 'canvas' });
        window.addEventListener('resize', function () { chart.resize(); });
        var planned = d.tranches.map(function (t) { return [t.planned, Number(t.plannedAmount)]; });
        var released = d.tranches.filter(function (t) { return t.released; })
            .map(function (t) { return [t.released, Number(t.releasedAmount)]; });
        chart.setOption({
            textStyle: { fontFamily: font },
            aria: { enabled: true },
            animation: false,
            tooltip: { trigger: 'item', renderMode: 'richText',
                valueFormatter: function (v) { return whole.format(v) + ' ' + d.currency; } },
            legend: { top: 0 },
            grid: { left: 12, right: 12, top: 36, bottom: 30, containLabel: true },
            xAxis: { type: 'time', inverse: rtl },
            yAxis: { type: 'value', position: rtl ? 'right' : 'left',
                axisLabel: { formatter: function (v) { return whole.format(v); } } },
            series: [
                { name: el.dataset.labelPlanned, type: 'bar', barMaxWidth: 24, data: planned, itemStyle: { color: '#5b6b7c' } },
                { name: el.dataset.labelReleased, type: 'bar', barMaxWidth: 24, data: released, itemStyle: { color: '#1a7f37' } }
            ]
        });
    });
})();
