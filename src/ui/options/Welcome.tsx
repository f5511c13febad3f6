// First run: what Postcheck looks for, and that nothing leaves the device. Shown once, when the extension is installed.

export function Welcome({ onDismiss }: { onDismiss(): void }) {
  return (
    <section className="welcome" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">Welcome to Postcheck</h2>
      <p>As you write a post, comment or message on Facebook, X or LinkedIn, Postcheck looks for what your school’s social media policy does not allow:</p>
      <ul>
        <li>pupils’ names, and details that could identify a pupil</li>
        <li>your school’s name and other details that identify it</li>
        <li>confidential information</li>
        <li>abusive or discriminatory language</li>
      </ul>
      <p>
        Before the post goes out, it tells you which part of your policy it would break. Everything is checked on this
        device: nothing you type leaves it.
      </p>
      <p>Below, choose your school’s policy and add your school’s details, so the warnings fit your school.</p>
      <button type="button" onClick={onDismiss}>
        Got it
      </button>
    </section>
  );
}
