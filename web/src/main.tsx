// Entry point: the query cache and the router (under /demo when showing the demo sample) around the app.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Router } from 'wouter';
import { APP_BASE } from './api/client';
import { App } from './app';
import { loadRadarChart } from './charts/readiness-radar';
import { loadHeatmapChart } from './charts/week-heatmap';
import { prefetchDashboard } from './pages/dashboard-page';
import './styles.css';

const client = new QueryClient({
  defaultOptions: {
    // A local server answers fast or not at all: retry once when it did not answer or failed on its
    // side; an answer like "not set up yet" (409) is final. No refetch storms on focus.
    queries: {
      retry: (failures, error) => failures < 1 && (error.status === 0 || error.status >= 500),
      refetchOnWindowFocus: false,
      staleTime: 30_000,
    },
  },
});

// The API answers in any order, so the dashboard's reads start together, now.
// The charts' code loads beside them.
if (window.location.pathname === `${APP_BASE}/`) {
  prefetchDashboard(client);
  void loadHeatmapChart();
  void loadRadarChart();
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={client}>
      <Router base={APP_BASE}>
        <App />
      </Router>
    </QueryClientProvider>
  </StrictMode>,
);
