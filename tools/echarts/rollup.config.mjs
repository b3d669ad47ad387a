// The cut-down ECharts bundle Hamkori serves (see package.json and docs/decisions/0028).
import resolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';

export default {
	input: 'entry.js',
	output: { file: '../../src/main/resources/static/js/vendor/echarts.min.js', format: 'iife' },
	plugins: [
		// production build: drops ECharts' development warnings
		replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production'), __DEV__: 'false' } }),
		resolve(),
		terser({ format: { comments: false }, compress: { passes: 2 } })
	]
};
