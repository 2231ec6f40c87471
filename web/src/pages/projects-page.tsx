// Projects: each project in the log with the five things that make a project count at the next level
// (ambiguity, teams, decisions, people led, outcomes), which are there, and the verdict.
import { Link } from 'wouter';
import type { Schemas } from '../api/client';
import { useProjects } from '../api/queries';
import { Empty, ErrorNotice, Loading } from '../components/states';
import { formatDate } from '../lib/dates';

type Project = Schemas['Projects']['projects'][number];
type Attribute = keyof Project['attributes'];

const ATTRIBUTES: Record<Attribute, string> = {
  ambiguity: 'Started ambiguous',
  teams: 'Reached beyond the team',
  decisions: 'Design decisions',
  peopleLed: 'Led people',
  outcomes: 'Measured outcomes',
};

function ProjectCard({ project: p }: { project: Project }) {
  const present = (Object.keys(ATTRIBUTES) as Attribute[]).filter((a) => p.attributes[a].present).length;
  // The reasons repeat each attribute's detail; only what they add (the verdict's summary) is shown again.
  const details = new Set(Object.values(p.attributes).map((a) => a.detail));
  const summary = p.reasons.filter((r) => !details.has(r));
  return (
    <li className="card project">
      <h2>
        {p.name}{' '}
        <span className={`label label-${p.nextLevel ? 'strong' : 'gap'}`}>
          {p.nextLevel ? 'next-level' : 'not next-level yet'}
        </span>
      </h2>
      <p>
        {formatDate(p.from)} to {formatDate(p.to)},{' '}
        <Link href={`/entries?${new URLSearchParams({ project: p.name })}`}>
          {p.entries.length} {p.entries.length === 1 ? 'entry' : 'entries'}
        </Link>
        ; {present} of 5 next-level attributes.
      </p>
      <ul className="attribute-list">
        {(Object.keys(ATTRIBUTES) as Attribute[]).map((a) => (
          <li key={a} className={p.attributes[a].present ? 'present' : 'absent'}>
            <strong>
              <span aria-hidden="true">{p.attributes[a].present ? '✓' : '✗'}</span> {ATTRIBUTES[a]}
              <span className="visually-hidden">{p.attributes[a].present ? ': yes' : ': not yet'}</span>
            </strong>
            : {p.attributes[a].detail}
          </li>
        ))}
      </ul>
      {summary.map((r) => (
        <p key={r}>{r}</p>
      ))}
    </li>
  );
}

export function ProjectsPage() {
  const projects = useProjects();
  const list = projects.data ?? [];
  const nextLevel = list.filter((p) => p.nextLevel).length;
  return (
    <section aria-labelledby="projects-title" className="page">
      <h1 id="projects-title">Projects</h1>
      <p className="lead">
        A committee weighs projects: whether they began ambiguous, reached other teams, called for decisions,
        had you lead people and ended in a measured outcome.
      </p>
      {projects.isPending && <Loading what="your projects" />}
      <ErrorNotice error={projects.error} title="Could not work out your projects." />
      {projects.data && list.length === 0 && (
        <Empty>
          No projects yet: give your entries a project (in the Log or when editing) to see them here.
        </Empty>
      )}
      {list.length > 0 && (
        <>
          <p role="status">
            {nextLevel} of {list.length} {list.length === 1 ? 'project has' : 'projects have'} next-level
            scope.
          </p>
          <ul className="conversation-list">
            {list.map((p) => (
              <ProjectCard key={p.name} project={p} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
