// Only the chart types and components the dashboards draw, so the page chunk stays small.
import { BarChart, FunnelChart, LineChart, SankeyChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([LineChart, BarChart, FunnelChart, SankeyChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export { echarts };
