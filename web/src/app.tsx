// The app's frame: navigation, the demo banner, quick add, and the page for the address; onboarding
// until a profile exists. Pages for later capabilities (assessments, goals, documents) slot into PAGES.
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { useAbout, useProfile } from './api/queries';
import { PageErrorBoundary } from './components/page-error-boundary';
import { QuickAdd, useQuickAddShortcut } from './components/quick-add';
import { ErrorNotice, Loading } from './components/states';
import { DashboardPage } from './pages/dashboard-page';

// The dashboard is what opens first (its load time is a budget); the other pages load when visited.
const EntriesPage = lazy(() => import('./pages/entries-page').then((m) => ({ default: m.EntriesPage })));
const AnalysisPage = lazy(() => import('./pages/analysis-page').then((m) => ({ default: m.AnalysisPage })));
const FrameworkPage = lazy(() =>
  import('./pages/framework-page').then((m) => ({ default: m.FrameworkPage })),
);
const LogPage = lazy(() => import('./pages/log-page').then((m) => ({ default: m.LogPage })));
const OnboardingPage = lazy(() =>
  import('./pages/onboarding-page').then((m) => ({ default: m.OnboardingPage })),
);
const AssessmentsPage = lazy(() =>
  import('./pages/assessments-page').then((m) => ({ default: m.AssessmentsPage })),
);
const GoalsPage = lazy(() => import('./pages/goals-page').then((m) => ({ default: m.GoalsPage })));
const ConversationsPage = lazy(() =>
  import('./pages/conversations-page').then((m) => ({ default: m.ConversationsPage })),
);
const PeerFeedbackPage = lazy(() =>
  import('./pages/peer-feedback-page').then((m) => ({ default: m.PeerFeedbackPage })),
);
const ProjectsPage = lazy(() => import('./pages/projects-page').then((m) => ({ default: m.ProjectsPage })));
const SettingsPage = lazy(() => import('./pages/settings-page').then((m) => ({ default: m.SettingsPage })));
const DocumentsPage = lazy(() =>
  import('./pages/documents-page').then((m) => ({ default: m.DocumentsPage })),
);

const PAGES = [
  { path: '/', label: 'Dashboard', component: DashboardPage },
  { path: '/log', label: 'Log', component: LogPage },
  { path: '/entries', label: 'Entries', component: EntriesPage },
  { path: '/analysis', label: 'Analysis', component: AnalysisPage },
  { path: '/assessments', label: 'Assessments', component: AssessmentsPage },
  { path: '/goals', label: 'Goals', component: GoalsPage },
  { path: '/one-on-ones', label: '1:1s', component: ConversationsPage },
  { path: '/peer-feedback', label: 'Peer feedback', component: PeerFeedbackPage },
  { path: '/projects', label: 'Projects', component: ProjectsPage },
  { path: '/framework', label: 'Framework', component: FrameworkPage },
  { path: '/documents', label: 'Documents', component: DocumentsPage },
  { path: '/settings', label: 'Settings', component: SettingsPage },
] as const;

function Nav() {
  const [location] = useLocation();
  return (
    <nav aria-label="Main">
      <ul>
        {PAGES.map((p) => (
          <li key={p.path}>
            <Link href={p.path} aria-current={location === p.path ? 'page' : undefined}>
              {p.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function DemoBanner() {
  const about = useAbout();
  if (!about.data?.demo) return null;
  return (
    <p className="banner" role="note">
      You are looking at the demo sample, kept apart from your own data.{' '}
      {window.location.pathname.startsWith('/demo') && <a href="/">Back to your own case</a>}
    </p>
  );
}

/**
 * After a client-side navigation, focus moves to the page's content, as a page load would put it, so
 * keyboard and screen-reader users start on the new page rather than on the link they followed.
 */
function useFocusOnNavigation() {
  const [location] = useLocation();
  const shown = useRef(location);
  useEffect(() => {
    if (shown.current === location) return; // the first render: focus stays where the browser put it
    shown.current = location;
    document.getElementById('main')?.focus();
  }, [location]);
}

export function App() {
  const profile = useProfile();
  const [location] = useLocation();
  useFocusOnNavigation();
  const [quickAdd, setQuickAdd] = useState(false);
  const openQuickAdd = useCallback(() => setQuickAdd(true), []);
  const closeQuickAdd = useCallback(() => setQuickAdd(false), []);
  useQuickAddShortcut(openQuickAdd);

  const needsOnboarding = profile.error?.code === 'not_initialized';
  let main: React.ReactNode;
  if (profile.isPending) main = <Loading what="your profile" />;
  else if (needsOnboarding) main = <OnboardingPage />;
  else if (profile.error)
    main = <ErrorNotice error={profile.error} title="promocase could not load your profile." />;
  else
    main = (
      <Switch>
        {PAGES.map((p) => (
          <Route key={p.path} path={p.path} component={p.component} />
        ))}
        <Route>
          <Redirect to="/" />
        </Route>
      </Switch>
    );

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link href="/" className="brand">
          promocase
        </Link>
        {!needsOnboarding && profile.data && <Nav />}
        {profile.data && (
          <button
            type="button"
            className="quick-add-button"
            onClick={openQuickAdd}
            aria-keyshortcuts="Control+K Meta+K"
          >
            Quick add <kbd>Ctrl K</kbd>
          </button>
        )}
      </header>
      <DemoBanner />
      <main id="main" tabIndex={-1}>
        <PageErrorBoundary resetKey={location}>
          <Suspense fallback={<Loading what="the page" />}>{main}</Suspense>
        </PageErrorBoundary>
      </main>
      {profile.data && <QuickAdd open={quickAdd} onClose={closeQuickAdd} />}
    </>
  );
}
