// Puts the licence and the versions on the first line of the built file.
const fs = require('fs');
const path = '../../src/main/resources/static/js/vendor/echarts.min.js';
const echarts = require('echarts/package.json').version;
const banner = '/*! ECharts ' + echarts + ' (Apache-2.0, https://echarts.apache.org), cut down for Hamkori:'
	+ ' line, bar, grid, tooltip, legend, canvas. Built by tools/echarts (npm ci && npm run build). */\n';
fs.writeFileSync(path, banner + fs.readFileSync(path, 'utf8'));
