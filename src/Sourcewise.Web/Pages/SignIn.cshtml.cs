using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Sourcewise.Web.Hosting;
using Sourcewise.Web.Security;

namespace Sourcewise.Web.Pages;

/// <summary>Sign in with the access token (only when one is configured).</summary>
internal sealed class SignInModel(IOptions<SourcewiseSettings> settings, ILogger<SignInModel> logger) : PageModel
{
    [BindProperty]
    public string? Token { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public bool Required => settings.Value.RequiresSignIn;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Required)
        {
            return LocalRedirect("/");
        }

        if (!AccessToken.Matches(Token, settings.Value.Token!))
        {
            WebLog.SignInFailed(logger, HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            Error = "That token is not right. It is the value of SOURCEWISE_TOKEN on the server.";
            return Page();
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "token")], CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
