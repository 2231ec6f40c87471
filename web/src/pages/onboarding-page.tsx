// First run: set up the profile, or look around the demo sample first.
import { useAbout } from '../api/queries';
import { ProfileForm } from '../components/profile-form';

export function OnboardingPage() {
  const about = useAbout();
  return (
    <section aria-labelledby="onboarding-title" className="page">
      <h1 id="onboarding-title">Start your promotion case</h1>
      <p className="lead">
        A few answers about where you are and where you are going. Then log your wins each Friday, tagged to
        the competencies your company judges, and your case builds itself week by week. Everything stays on
        this machine.
      </p>
      {about.data?.demoAvailable && (
        <p className="card card-aside">
          Not ready to type? <a href="/demo/">Explore the demo sample</a>: six months of a mid-level
          engineer's case, in a separate home that never touches yours.
        </p>
      )}
      <h2>Your profile</h2>
      <ProfileForm submitLabel="Start my case" />
    </section>
  );
}
