/** The chart.js parts a bar chart needs. */
export { BarController, BarElement } from 'chart.js';
