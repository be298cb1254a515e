using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Sourcewise.Web.Hosting;
using Sourcewise.Web.Security;

namespace Sourcewise.Web.Pages;

/// <summary>Sign in with the access token (only when one is configured). The token is read from the posted form only
/// (never the query string, so it cannot end up in a URL or a log), wrong tokens are throttled per client address,
/// and the cookie is bound to the token (<see cref="TokenBinding"/>).</summary>
internal sealed class SignInModel(IOptionsMonitor<SourcewiseSettings> settings, SignInThrottle throttle, ILogger<SignInModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public bool Required => settings.CurrentValue.RequiresSignIn;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var token = settings.CurrentValue.Token;
        if (string.IsNullOrEmpty(token))
        {
            return LocalRedirect("/");
        }

        if (throttle.IsThrottled(HttpContext, out var retryAfter))
        {
            SignInThrottle.SetRetryAfter(Response, retryAfter);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Error = $"Too many wrong tokens from your address: try again in {Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))} s.";
            return Page();
        }

        if (!AccessToken.Matches(Request.Form["Token"].ToString(), token))
        {
            var client = SignInThrottle.Client(HttpContext);
            WebLog.SignInFailed(logger, client, "the sign-in page");
            if (throttle.CountFailure(HttpContext))
            {
                WebLog.SignInThrottled(logger, client);
            }

            Error = "That token is not right. It is the value of SOURCEWISE_TOKEN on the server.";
            return Page();
        }

        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, TokenBinding.Principal(token));
        return LocalRedirect(LocalReturnUrl.From(ReturnUrl));
    }
}
