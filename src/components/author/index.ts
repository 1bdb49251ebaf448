/** The components chapters may use without importing them (names must match src/lib/content/components.ts). */
import Lead from './Lead.astro';
import Quote from './Quote.astro';
import Recommendation from './Recommendation.astro';
import NoteRef from './NoteRef.astro';
import Panel from './Panel.astro';
import AllRecommendations from './AllRecommendations.astro';
import MissingChart from './MissingChart.astro';
import Chart from './Chart.astro';
import KeyFigure from './KeyFigure.astro';
import Slide from './Slide.astro';

export const authorComponents = { Lead, Quote, Recommendation, NoteRef, Panel, AllRecommendations, MissingChart, Chart, KeyFigure, Slide };
