// web-test-runner middleware standing in for a therapist's server: POST /__tend/intake answers
// with the body it received, so a test can check what a plain HTML form really submitted.
export async function intakeServer(context, next) {
  if (context.method === 'POST' && context.path === '/__tend/intake') {
    const chunks = [];
    for await (const chunk of context.req) chunks.push(chunk);
    context.type = 'text/plain';
    context.body = Buffer.concat(chunks).toString('utf8');
    return;
  }
  await next();
}
