// PLACEHOLDER: replaced by the aggregation/CLI work (issue 5).
process.stderr.write('jobsift: the command-line tool is not built yet\n');
process.exit(2);
