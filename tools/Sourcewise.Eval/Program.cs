using Sourcewise.Eval;

return await EvalApp.RunAsync(args, EvalEnvironment.FromProcess());
