// Only what js/charts.js draws: line and bar series on a cartesian grid, with the
// tooltip and the legend, painted on a canvas. Everything else of ECharts is left out.
import * as echarts from 'echarts/core';
import { LineChart, BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);
window.echarts = echarts;
