// `npm start`: builds if needed, then serves the site and runs the scheduler in one process.
import { serve } from "../server/serve";
import { runCli } from "./run";

runCli(() => serve());
