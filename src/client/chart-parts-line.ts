/** The chart.js parts a line chart needs. */
export { LineController, LineElement, PointElement } from 'chart.js';
