import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="content" className="course-map">
      <h1>This page is not part of the course</h1>
      <p>
        The address may be mistyped, or the lesson may have moved. <Link href="/">Go to the course map</Link>.
      </p>
    </main>
  );
}
